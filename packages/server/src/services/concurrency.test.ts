// Requests racing for the same rows: each gets a clear answer and nothing is half-written.
import { beforeAll, describe, expect, it } from 'vitest';
import { createFixture, DS_KEY, NOW, type Fixture } from '../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../test/test-databases.ts';
import { AppError } from '../errors.ts';
import { applyFacts } from './facts/apply-facts.ts';
import { publishPath } from './paths/publish-path.ts';
import { evaluateLearner } from './progress/evaluate-learner.ts';

const LEARNERS = Array.from({ length: 30 }, (_, n) => `racer${n}`);

describe.each(await testDatabases())('concurrent writes on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await createFixture(store(), LEARNERS);
  });

  it('publishes concurrently into distinct, gapless versions or refuses with a conflict', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        publishPath({
          data: fixture.data,
          compiled: fixture.compiled,
          actor: fixture.actors.author!,
          key: DS_KEY,
          now: NOW,
        }),
      ),
    );
    const versions = outcomes.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value.version] : [],
    );
    for (const outcome of outcomes)
      if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ code: 'conflict' });
    expect(versions.length).toBeGreaterThan(0);
    const stored = (await fixture.data.paths.versions(DS_KEY))
      .map((entry) => entry.version)
      .sort((a, b) => a - b);
    expect(stored).toEqual(Array.from({ length: stored.length }, (_, n) => n + 1));
    expect(stored.slice(1)).toEqual([...versions].sort((a, b) => a - b));
  });

  it('enrolls the same learners from racing requests once each, refusing what collided as a whole', async () => {
    const enroll = () => fixture.enroll(LEARNERS);
    const outcomes = await Promise.allSettled([enroll(), enroll(), enroll()]);
    for (const outcome of outcomes)
      if (outcome.status === 'rejected') {
        expect(outcome.reason).toBeInstanceOf(AppError);
        expect(outcome.reason).toMatchObject({ code: 'conflict' });
      }
    const { items } = await fixture.data.enrollments.list({ pathKey: DS_KEY, limit: 100, offset: 0 });
    expect(items.map((item) => item.username).sort()).toEqual([...LEARNERS].sort());
    const audit = await fixture.data.enrollments.auditLog({ pathKey: DS_KEY, limit: 1000, offset: 0 });
    expect(audit.items.filter((entry) => entry.action === 'enrolled')).toHaveLength(LEARNERS.length);
  });

  it('applies racing facts for one learner so that stored progress reflects all of them', async () => {
    const courses = ['DS100', 'DS110', 'DS120', 'DS210', 'DS220'].map(
      (code) => `course-v1:DemoU+${code}+2026`,
    );
    await Promise.all(
      courses.map((course) =>
        applyFacts({
          data: fixture.data,
          compiled: fixture.compiled,
          actor: fixture.actors.lms!,
          facts: [{ user: 'racer0', course, completion: 1, passed: true, grade: 0.9 }],
          source: 'api',
          now: NOW,
        }),
      ),
    );
    const progress = (await fixture.data.progress.ofUser(fixture.actors.racer0!.user.id)).get(DS_KEY)!;
    // Intro, core (two courses) and both electives: everything but the capstone.
    expect(progress.currentTier).toBe('foundation');
    const live = await evaluateLearner({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.admin!,
      pathKey: DS_KEY,
      username: 'racer0',
      now: NOW,
    });
    expect(live.evaluation.nodes.electives!.satisfied).toBe(true);
    expect(progress.progress).toBeCloseTo(live.evaluation.progress, 12);
  });
});
