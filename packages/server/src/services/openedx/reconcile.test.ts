// Reconciliation against the fake Open edX on SQLite and PostgreSQL: grades and completion of the
// path learners' courses applied as facts (and so as progress), drift reported value by value, a
// learner the LMS does not know reported per course, and nothing changed when nothing differs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenedx, pairKey } from '../../../test/fake-openedx.ts';
import { createFixture, DS_KEY, NOW, type Fixture } from '../../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { OpenedxLms } from '../../lms/openedx/openedx-lms.ts';
import { reconcile, type ReconcileOptions } from './reconcile.ts';

const LATER = '2026-03-05T10:00:00.000Z';
const COURSES = ['DS100', 'DS110', 'DS120', 'DS210', 'DS220', 'DS230', 'DS300'].map(
  (number) => `course-v1:DemoU+${number}+2026`,
);
const [INTRO, STATS] = COURSES as [string, string];

describe.each(await testDatabases())('reconciling with Open edX on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  let fake: FakeOpenedx;
  let run: (options?: Partial<ReconcileOptions>) => ReturnType<typeof reconcile>;

  beforeAll(async () => {
    fixture = await createFixture(store());
    await fixture.enroll(['ada', 'bea', 'chen']);
    fake = await FakeOpenedx.start();
    fake.courses = COURSES.map((id) => ({ id, name: id }));
    // chen has no LMS account.
    fake.users = [
      { id: 1, username: 'ada', email: 'ada@example.org' },
      { id: 2, username: 'bea', email: 'bea@example.org' },
    ];
    for (const [username, course] of [
      ['ada', INTRO],
      ['ada', STATS],
      ['bea', INTRO],
    ] as const)
      fake.enrollments.set(pairKey(username, course), { mode: 'audit', isActive: true, created: NOW });
    fake.grades.set(pairKey('ada', INTRO), { percent: 0.92, passed: true });
    fake.completions.set(pairKey('ada', INTRO), 1);
    fake.grades.set(pairKey('ada', STATS), { percent: 0.4, passed: false });
    fake.completions.set(pairKey('ada', STATS), 0.5);
    fake.grades.set(pairKey('bea', INTRO), { percent: 0.3, passed: false });
    fake.completions.set(pairKey('bea', INTRO), 0.25);
    const lms = new OpenedxLms(fake.settings(), fixture.data, { backoffMs: 5 });
    run = (options = {}) =>
      reconcile({
        data: fixture.data,
        compiled: fixture.compiled,
        lms,
        clock: () => new Date(LATER),
        concurrency: 3,
        batchSize: 5,
        ...options,
      });
  });
  afterAll(() => fake.close());

  it('applies what differs as facts and progress, and reports the drift and the failures', async () => {
    const report = await run();
    expect(report).toMatchObject({ pairs: 21, notEnrolled: 11, changed: 9 });
    expect(report.drift).toEqual([
      {
        learner: 'ada',
        course: INTRO,
        changes: [
          { field: 'completion', before: null, after: 1 },
          { field: 'grade', before: null, after: 0.92 },
          { field: 'passed', before: null, after: true },
        ],
      },
      {
        learner: 'ada',
        course: STATS,
        changes: [
          { field: 'completion', before: null, after: 0.5 },
          { field: 'grade', before: null, after: 0.4 },
          { field: 'passed', before: null, after: false },
        ],
      },
      {
        learner: 'bea',
        course: INTRO,
        changes: [
          { field: 'completion', before: null, after: 0.25 },
          { field: 'grade', before: null, after: 0.3 },
          { field: 'passed', before: null, after: false },
        ],
      },
    ]);
    expect(report.failures).toHaveLength(7);
    expect(report.failures[0]).toEqual({
      learner: 'chen',
      course: INTRO,
      message: `Open edX could not read the grade of chen in ${INTRO}: 404 The user matching the requested username does not exist.`,
    });

    const ada = (await fixture.data.users.findByUsername('ada'))!;
    const facts = (await fixture.data.facts.ofUsers([ada.id])).get(ada.id)!.get(INTRO)!;
    expect(facts).toMatchObject({
      source: 'openedx-reconcile',
      completion: { value: 1, at: LATER },
      grade: { value: expect.closeTo(0.92, 5), at: LATER },
      passed: { value: true, at: LATER },
    });
    const progress = (await fixture.data.progress.ofUser(ada.id, [DS_KEY])).get(DS_KEY)!;
    expect(progress.status).toBe('in_progress');
    expect(progress.progress).toBeGreaterThan(0);
  });

  it('changes nothing when nothing differs, then reports only what changed since', async () => {
    expect(await run()).toMatchObject({ pairs: 21, changed: 0, drift: [] });
    fake.grades.set(pairKey('bea', INTRO), { percent: 0.8, passed: true });
    const report = await run({ pathKey: DS_KEY });
    expect(report.changed).toBe(2);
    expect(report.drift).toEqual([
      {
        learner: 'bea',
        course: INTRO,
        changes: [
          { field: 'grade', before: expect.closeTo(0.3, 5), after: 0.8 },
          { field: 'passed', before: false, after: true },
        ],
      },
    ]);
  });

  it('refuses a path that does not exist, and stops between batches when told to', async () => {
    await expect(run({ pathKey: 'path-v1:DemoU+NONE+2026+a' })).rejects.toMatchObject({ code: 'not_found' });
    const stopped = new AbortController();
    stopped.abort();
    expect(await run({ signal: stopped.signal })).toMatchObject({ pairs: 0, changed: 0 });
  });
});
