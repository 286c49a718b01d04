// An LMS person whose username a local account has: the event bus never links that account to the
// LMS (a JWT with that user id would then sign in to it); the facts wait until an administrator does.
import { beforeAll, describe, expect, it } from 'vitest';
import { eventMessage, factsOf, firstOf } from '../../../test/event-bus.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { dataAccess, type DataAccess } from '../../store/data-access.ts';
import { linkLmsUser } from '../accounts/link-lms-user.ts';
import { operatorActor } from '../actor.ts';
import { CompiledPaths } from '../progress/compiled-paths.ts';
import { applyEvents } from './apply-events.ts';
import { attachParkedFacts } from './attach-parked-facts.ts';

const ENROLLMENT = firstOf('org.openedx.learning.course.enrollment.created.v1');
const C001 = 'course-v1:OpenU+C001+2026_T1';
const NOW = '2026-03-03T00:00:00.000Z';

describe.each(await testDatabases())('identifying learners on $name', (database) => {
  const store = useDatabase(database);
  let data: DataAccess;
  const compiled = new CompiledPaths();
  beforeAll(() => {
    data = dataAccess(store());
  });

  it('leaves a local account of the same username alone, and parks its facts until it is linked', async () => {
    const local = await data.users.create({ username: 'learner1_0', passwordHash: 'x' }, NOW);
    const messages = [eventMessage(ENROLLMENT)];
    expect(await applyEvents({ data, compiled, messages, now: NOW })).toMatchObject({ parked: 1 });
    expect(await data.users.findById(local.id)).toEqual(local);
    expect(await factsOf(data, 'learner1_0')).toEqual({});

    await linkLmsUser({ data, actor: operatorActor(), username: 'learner1_0', lmsUserId: '1010', now: NOW });
    expect(await attachParkedFacts({ data, compiled, now: NOW })).toBe(1);
    expect((await factsOf(data, 'learner1_0'))[C001]).toEqual({ enrolled: true });
  });
});
