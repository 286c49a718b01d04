// Events timed in the future (an LMS whose clock is wrong) on both databases: recorded, and
// parked, at the time the worker received them, so that the LMS's later events still win.
import { beforeAll, describe, expect, it } from 'vitest';
import { eventMessage, factsOf, firstOf, variant } from '../../../test/event-bus.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { dataAccess, type DataAccess } from '../../store/data-access.ts';
import { CompiledPaths } from '../progress/compiled-paths.ts';
import { applyEvents } from './apply-events.ts';

const C001 = 'course-v1:OpenU+C001+2026_T1';
const ENROLLMENT = firstOf('org.openedx.learning.course.enrollment.created.v1');
const GRADE = firstOf('org.openedx.learning.course.persistent_grade_summary.changed.v1');
const NOW = '2026-03-03T00:00:00.000Z';
const AN_HOUR_LATER = '2026-03-03T01:00:00.000Z';

describe.each(await testDatabases())('events from the future on $name', (database) => {
  const store = useDatabase(database);
  let data: DataAccess;
  const compiled = new CompiledPaths();
  const apply = (message: typeof ENROLLMENT, now: string) =>
    applyEvents({ data, compiled, messages: [eventMessage(message)], now });
  beforeAll(() => {
    data = dataAccess(store());
  });

  it('are kept at the time of receipt and counted, and a later event still wins', async () => {
    const future = variant(ENROLLMENT, { time: '2999-01-01T00:00:00+00:00' });
    expect(await apply(future, NOW)).toMatchObject({ clamped: 1 });
    const { id } = (await data.users.findByLmsUserId('1010'))!;
    expect((await data.facts.ofUsers([id])).get(id)!.get(C001)?.enrolled).toEqual({ value: true, at: NOW });

    const unenrolled = variant(ENROLLMENT, {
      type: 'org.openedx.learning.course.enrollment.changed.v1',
      time: AN_HOUR_LATER,
      record: (record: any) => (record.enrollment.is_active = false),
    });
    expect(await apply(unenrolled, '2026-03-03T01:00:01.000Z')).toMatchObject({ clamped: 0 });
    expect((await factsOf(data, 'learner1_0'))[C001]).toEqual({ enrolled: false });
  });

  it('are parked at the time of receipt when their learner is not known yet', async () => {
    // The grade's user (1010's grade, given to an unknown id) has no account.
    const grade = variant(GRADE, {
      time: '2999-01-01T00:00:00+00:00',
      record: (record: any) => (record.grade.user_id = 4242),
    });
    expect(await apply(grade, NOW)).toMatchObject({ parked: 1, clamped: 1 });
    expect((await data.parkedFacts.ofLmsUsers(['4242'])).map((parked) => parked.time)).toEqual([NOW]);
  });
});
