import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../test/test-databases.ts';
import { signInWithPassword } from '../services/accounts/sign-in-with-password.ts';
import { CompiledPaths } from '../services/progress/compiled-paths.ts';
import { dataAccess } from '../store/data-access.ts';
import { SessionRepository } from '../store/repositories/session-repository.ts';
import { SignInFailureRepository } from '../store/repositories/sign-in-failure-repository.ts';
import { DEMO_PASSWORD } from './demo-people.ts';
import { seedDemo } from './seed-demo.ts';

const NOW = '2026-06-15T09:00:00.000Z';
const PATHS = [
  'path-v1:DemoU+DS+2026+spring',
  'path-v1:DemoU+CS+2026+fulltime',
  'path-v1:OpenTech+CLOUD+2026+selfpaced',
  'path-v1:OpenTech+SEC+2026+open',
];

describe.each(await testDatabases())('seedDemo on $name', (database) => {
  describe('on an empty database', () => {
    const store = useDatabase(database);

    it('creates the organisations, the catalog, four published paths and the people', async () => {
      const data = dataAccess(store());
      const result = await seedDemo({ data, compiled: new CompiledPaths(), now: NOW });
      expect(result).toMatchObject({
        seeded: true,
        organisations: ['DemoU', 'OpenTech'],
        courses: 30,
        paths: PATHS,
        learners: 200,
        pendingEnrollments: 5,
        signIn: { password: DEMO_PASSWORD, learners: { first: 'learner001', last: 'learner200' } },
      });

      const courses = await data.courses.list({ limit: 100, offset: 0 });
      expect(courses.total).toBe(30);
      expect(new Set(courses.items.map((course) => course.org))).toEqual(new Set(['DemoU', 'OpenTech']));
      expect(courses.items.filter((course) => course.inviteOnly).length).toBeGreaterThan(0);
      const state = (course: { startsAt: string | null; endsAt: string | null }) =>
        course.endsAt !== null && course.endsAt < NOW
          ? 'ended'
          : course.startsAt! > NOW
            ? 'upcoming'
            : 'open';
      expect(new Set(courses.items.map(state))).toEqual(new Set(['ended', 'open', 'upcoming']));

      const published = await data.paths.list({ access: 'all', status: 'published', limit: 10, offset: 0 });
      expect(published.items.map((path) => path.key).sort()).toEqual([...PATHS].sort());
      expect(published.items.some((path) => path.visibility === 'public')).toBe(true);
      // Every step's course is in the catalog.
      const catalog = new Set(courses.items.map((course) => course.key));
      for (const key of PATHS) {
        const version = await data.paths.version(key, 1);
        const steps = JSON.stringify(version!.definition).match(/course-v1:[^"]+/g)!;
        expect(steps.filter((course) => !catalog.has(course))).toEqual([]);
      }

      const admin = await data.users.findByUsername('admin');
      expect(admin?.isAdmin).toBe(true);
      const author = await data.users.findByUsername('author');
      expect(await data.users.grants(author!.id)).toEqual([
        { role: 'author', scope: 'org:DemoU' },
        { role: 'author', scope: 'org:OpenTech' },
      ]);
      const instructor = await data.users.findByUsername('instructor');
      expect((await data.users.grants(instructor!.id)).map((grant) => grant.scope).sort()).toEqual(
        PATHS.map((key) => `path:${key}`).sort(),
      );
      const learners = await data.users.findManyByUsername(
        Array.from({ length: 201 }, (_, index) => `learner${String(index + 1).padStart(3, '0')}`),
      );
      expect(learners.size).toBe(200);
      expect(learners.get('learner001')).toMatchObject({ email: 'learner001@example.org' });
      expect(learners.get('learner001')?.displayName).toMatch(/^\S+ \S+$/);
    });

    it('enrolls learners, some pending by email, with progress spread over every status and tiers reached', async () => {
      const data = dataAccess(store());
      const statuses = new Set<string>();
      let tiersReached = 0;
      for (const key of PATHS) {
        const { byStatus, byTier } = await data.progress.summary(key);
        const enrolled = [...byStatus.values()].reduce((sum, count) => sum + count, 0);
        expect(enrolled).toBeGreaterThan(30);
        // More than one status on every path.
        expect([...byStatus.values()].filter((count) => count > 0).length).toBeGreaterThan(1);
        for (const [status, count] of byStatus) if (count > 0) statuses.add(status);
        for (const [tier, count] of byTier) if (tier !== null) tiersReached += count;
      }
      expect(statuses).toEqual(new Set(['not_started', 'in_progress', 'completed']));
      expect(tiersReached).toBeGreaterThan(50);
      const pending = await data.enrollments.listPending({ limit: 10, offset: 0 });
      expect(pending.total).toBe(5);
    });

    it('lets the demo accounts sign in with the demo password', async () => {
      const data = dataAccess(store());
      for (const username of ['admin', 'author', 'instructor', 'learner042']) {
        const { user } = await signInWithPassword({
          users: data.users,
          sessions: new SessionRepository(store().db),
          failures: new SignInFailureRepository(store().db),
          username,
          password: DEMO_PASSWORD,
          clientAddress: '127.0.0.1',
          sessionTtlHours: 1,
          now: NOW,
        });
        expect(user.username).toBe(username);
      }
    });

    it('does nothing the second time, and says the demo is there', async () => {
      const data = dataAccess(store());
      const before = await data.progress.summary(PATHS[0]!);
      const again = await seedDemo({ data, compiled: new CompiledPaths(), now: NOW });
      expect(again).toMatchObject({ seeded: false, reason: 'the demonstration data is there already' });
      expect(again.signIn?.password).toBe(DEMO_PASSWORD);
      expect((await data.courses.list({ limit: 1, offset: 0 })).total).toBe(30);
      expect(await data.progress.summary(PATHS[0]!)).toEqual(before);
    });
  });

  describe('on a database with a user', () => {
    const store = useDatabase(database);

    it('does nothing and says why', async () => {
      const data = dataAccess(store());
      await data.users.create({ username: 'someone', email: 'someone@example.org' }, NOW);
      const result = await seedDemo({ data, compiled: new CompiledPaths(), now: NOW });
      expect(result).toEqual({
        seeded: false,
        reason: expect.stringContaining('only into an empty one'),
        signIn: null,
      });
      expect((await data.courses.list({ limit: 1, offset: 0 })).total).toBe(0);
      expect(await data.users.findByUsername('admin')).toBeUndefined();
    });
  });

  describe('deterministically', () => {
    const first = useDatabase(database);
    const second = useDatabase(database);

    it('seeds the same progress twice with the same seed', async () => {
      const summaries = [];
      for (const store of [first, second]) {
        const data = dataAccess(store());
        await seedDemo({ data, compiled: new CompiledPaths(), now: NOW });
        summaries.push(await Promise.all(PATHS.map((key) => data.progress.summary(key))));
      }
      expect(summaries[1]).toEqual(summaries[0]);
    });
  });
});
