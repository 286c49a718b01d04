// Steps that follow their course (`run: current`), on SQLite and PostgreSQL: the learner starts the
// run open now, a fact of any run of the course counts and refreshes the stored progress, and a
// course whose named run ended stays completable while a newer run is open.
import { beforeAll, describe, expect, it } from 'vitest';
import { createFixture, NOW, type Fixture } from '../../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { StandaloneLms } from '../../lms/standalone-lms.ts';
import { CatalogCache } from '../catalog/catalog-cache.ts';
import { listPathLearners } from '../enrollments/list-path-learners.ts';
import { recordFactsInTransaction } from '../facts/apply-facts.ts';
import { asLearningPath } from '../../http/routes/openedx-compat/mappers/learning-path.ts';
import { createPath } from '../paths/create-path.ts';
import { getVisiblePath } from '../paths/get-visible-path.ts';
import { publishPath } from '../paths/publish-path.ts';
import { evaluateLearner } from '../progress/evaluate-learner.ts';
import { myLearning } from './my-learning.ts';
import { startStepCourse } from './start-step-course.ts';

const KEY = 'path-v1:DemoU+FOLLOW+2026+all';
const RUN = (run: string) => `course-v1:DemoU+FW100+${run}`;
const OTHER = 'course-v1:DemoU+FW200+2026';
const definition = {
  key: KEY,
  title: 'Following courses',
  requirements: {
    id: 'root',
    rule: 'sequence',
    children: [
      { id: 'intro', course: RUN('2026'), run: 'current' },
      { id: 'next', course: OTHER },
    ],
  },
};

describe.each(await testDatabases())('steps that follow their course, on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  const course = (key: string, startsAt: string | null, endsAt: string | null) => ({
    key,
    title: 'Foundations',
    org: 'DemoU',
    startsAt,
    endsAt,
    lmsUrl: null,
    inviteOnly: false,
  });
  const evaluate = () =>
    evaluateLearner({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.ada!,
      pathKey: KEY,
      now: NOW,
    });

  beforeAll(async () => {
    fixture = await createFixture(store(), ['ada']);
    await fixture.data.courses.upsert(
      [
        course(RUN('2025'), '2025-01-01T00:00:00Z', '2025-06-01T00:00:00Z'),
        // The run the step names ended before NOW (1 March 2026); the next one opened after it.
        course(RUN('2026'), '2025-09-01T00:00:00Z', '2026-02-01T00:00:00Z'),
        course(RUN('2026b'), '2026-02-15T00:00:00Z', null),
        course(RUN('2027'), '2026-09-01T00:00:00Z', null),
        course(OTHER, null, null),
      ],
      NOW,
    );
    await createPath({ data: fixture.data, actor: fixture.actors.author!, definition, now: NOW });
    await publishPath({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.author!,
      key: KEY,
      now: NOW,
    });
    await fixture.enroll(['ada'], { pathKey: KEY, actor: 'author' });
  });

  it('sends the learner to the run open now, and keeps the path completable', async () => {
    const { evaluation } = await evaluate();
    expect(evaluation.schedule).toMatchObject({
      courses: { intro: RUN('2026b') },
      steps: { intro: 'open' },
      completable: true,
      next: ['intro'],
    });
    const started = await startStepCourse({
      data: fixture.data,
      compiled: fixture.compiled,
      lms: new StandaloneLms(fixture.data),
      actor: fixture.actors.ada!,
      pathKey: KEY,
      step: 'intro',
      now: NOW,
    });
    expect([started.course, started.step]).toEqual([RUN('2026b'), 'intro']);
    expect((await evaluate()).evaluation.runs).toEqual({ intro: RUN('2026b') });
  });

  it('keeps the dashboard card and the staff list on the run open now, not the ended one named', async () => {
    const { items } = await myLearning({
      data: fixture.data,
      compiled: fixture.compiled,
      catalog: new CatalogCache(),
      actor: fixture.actors.ada!,
      query: { type: 'path', sort: 'recent', limit: 10, offset: 0 },
      now: NOW,
    });
    const card = items.find((item) => item.key === KEY)!;
    expect(card).toMatchObject({ completable: true, next: [{ id: 'intro', course: RUN('2026b') }] });
    const { items: rows } = await listPathLearners({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.author!,
      pathKey: KEY,
      query: { sort: 'username', order: 'asc', limit: 10, offset: 0 },
      now: NOW,
    });
    expect(
      rows.map((row) => [row.username, row.blockedBy, row.currentStep.kind, row.currentStep.stepId]),
    ).toEqual([['ada', [], 'notStarted', 'intro']]);
    // Her last activity is her enrolment in the run open now, not in the run the step names.
    expect(rows[0]!.lastActivity).toBe(NOW);
  });

  it("gives Open edX's learner app the current run of the course", async () => {
    const view = await getVisiblePath({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.ada!,
      key: KEY,
      now: NOW,
    });
    const steps = asLearningPath(view, (image) => image).steps;
    expect(steps.map((step) => [step.course_key, step.course_dates])).toEqual([
      [RUN('2026b'), ['2026-02-15T00:00:00Z', null]],
      [OTHER, [null, null]],
    ]);
  });

  it('counts a pass in another run of the course, in the stored progress too', async () => {
    await recordFactsInTransaction({
      data: fixture.data,
      compiled: fixture.compiled,
      facts: [{ user: 'ada', course: RUN('2025'), passed: true, completion: 1, time: NOW }],
      source: 'test',
      now: NOW,
    });
    const { evaluation } = await evaluate();
    expect(evaluation.nodes.intro).toMatchObject({ satisfied: true, status: 'completed' });
    expect(evaluation.runs).toEqual({ intro: RUN('2025') });
    // The passed run stays the learner's, ended or not.
    expect(evaluation.schedule?.courses).toEqual({ intro: RUN('2025') });
    const ada = fixture.actors.ada!.user.id;
    const stored = (await fixture.data.progress.ofUser(ada, [KEY])).get(KEY)!;
    expect(stored.next).toEqual(['next']);
  });
});
