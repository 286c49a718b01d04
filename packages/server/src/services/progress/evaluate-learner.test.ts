// Whose evaluation staff may read, on SQLite and PostgreSQL: their path's learners, those who left
// it included, and no one else, in the same words whether or not the username exists; admins anyone;
// learners only their own, on a path they are on.
import { beforeAll, describe, expect, it } from 'vitest';
import { createFixture, DS_KEY, NOW, type Fixture } from '../../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { unenrollLearner } from '../enrollments/unenroll-learner.ts';
import { evaluateLearner } from './evaluate-learner.ts';

describe.each(await testDatabases())("reading a learner's evaluation on $name", (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  const evaluate = (actor: string, username: string) =>
    evaluateLearner({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors[actor]!,
      pathKey: DS_KEY,
      username,
      now: NOW,
    });
  const absent = { code: 'not_found', message: `no learner of ${DS_KEY} has this username` };

  beforeAll(async () => {
    fixture = await createFixture(store(), ['ada', 'bea', 'chen']);
    await fixture.enroll(['ada', 'chen', 'someone.new@example.org']);
    await unenrollLearner({
      data: fixture.data,
      actor: fixture.actors.teacher!,
      pathKey: DS_KEY,
      username: 'chen',
      now: NOW,
    });
  });

  it("gives staff their path's learners, active or unenrolled", async () => {
    for (const staff of ['teacher', 'author'])
      for (const learner of ['ada', 'chen'])
        expect((await evaluate(staff, learner)).learner.username).toBe(learner);
  });

  it('answers staff the same for someone not on the path and for a username no one has', async () => {
    for (const staff of ['teacher', 'author']) {
      await expect(evaluate(staff, 'bea')).rejects.toMatchObject(absent);
      await expect(evaluate(staff, 'nobody')).rejects.toMatchObject(absent);
      // Pending by email: no account, so no username to find either.
      await expect(evaluate(staff, 'someone.new@example.org')).rejects.toMatchObject(absent);
    }
  });

  it('lets admins evaluate anyone who exists', async () => {
    expect((await evaluate('admin', 'bea')).enrollment).toBeNull();
    await expect(evaluate('admin', 'nobody')).rejects.toMatchObject(absent);
  });

  it("shows learners their own evaluation only, and keeps it from other organisations' staff", async () => {
    expect((await evaluate('ada', 'ada')).evaluation.key).toBe(DS_KEY);
    await expect(evaluate('ada', 'chen')).rejects.toMatchObject({ code: 'not_found' });
    await expect(evaluate('bea', 'bea')).rejects.toMatchObject({ code: 'not_found' });
    await expect(evaluate('outsider', 'ada')).rejects.toMatchObject({ code: 'not_found' });
  });
});
