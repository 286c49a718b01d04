// Every message of the Open edX fixture, XADDed in file order to its stream on the real Redis,
// consumed by a real worker into a real database: the learners' facts and path progress that result.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE,
  FIXTURE_FACTS,
  factsOf,
  fixtureCourse,
  redisAvailable,
  testBus,
  until,
} from '../../test/event-bus.ts';
import { testDatabases, useDatabase } from '../../test/test-databases.ts';
import type { Actor } from '../services/actor.ts';
import { linkLmsUser } from '../services/accounts/link-lms-user.ts';
import { enrollLearners } from '../services/enrollments/enroll-learners.ts';
import { createPath } from '../services/paths/create-path.ts';
import { publishPath } from '../services/paths/publish-path.ts';
import { CompiledPaths } from '../services/progress/compiled-paths.ts';
import { dataAccess, type DataAccess } from '../store/data-access.ts';
import { standaloneLink } from '../../test/service-fixture.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const PATH_KEY = 'path-v1:OpenU+EVENTS+2026+spring';

/** Any two of the fixture's five courses, passed. */
const PATH = {
  key: PATH_KEY,
  title: 'Two of five',
  defaultCriteria: { passed: true },
  requirements: {
    id: 'root',
    rule: 'atLeast',
    count: 2,
    children: [1, 2, 3, 4, 5].map((number) => ({ id: `c${number}`, course: fixtureCourse(number) })),
  },
};

describe.runIf(await redisAvailable()).each(await testDatabases())(
  'replaying the Open edX fixture on $name',
  (database) => {
    const store = useDatabase(database);
    let data: DataAccess;
    beforeAll(async () => {
      data = dataAccess(store());
      const compiled = new CompiledPaths();
      const admin: Actor = {
        user: await data.users.create({ username: 'admin', isAdmin: true }, NOW),
        grants: [],
      };
      await createPath({ data, actor: admin, definition: PATH, now: NOW });
      await publishPath({ data, compiled, actor: admin, key: PATH_KEY, now: NOW });
      // learner1_2 has an account made here, which an administrator linked to its LMS user (the event
      // bus never links one: services/events/identify-learners.ts); the others are enrolled by email.
      await data.users.create({ username: 'learner1_2', email: 'learner1_2@example.org' }, NOW);
      await linkLmsUser({ data, actor: admin, username: 'learner1_2', lmsUserId: '1012', now: NOW });
      const enrolled = await enrollLearners({
        data,
        lms: standaloneLink(data),
        compiled,
        actor: admin,
        pathKey: PATH_KEY,
        learners: [
          'learner1_0@example.org',
          'learner1_1@example.org',
          'learner1_2',
          'learner1_3@example.org',
        ],
        source: 'api',
        now: NOW,
      });
      expect(enrolled.map(({ result }) => result)).toEqual(['pending', 'pending', 'enrolled', 'pending']);
    });

    it('applies every message once, parking grades until their learner is known', async () => {
      const bus = testBus();
      for (const message of FIXTURE) await bus.add(message);
      // The grade stream is listed (and so read) first: its events name only a user id, unknown yet.
      const worker = await bus.worker(data);
      const counters = await until(worker, ({ processed, lag }) => processed === 53 && lag === 0);
      expect(counters).toEqual({
        processed: 53,
        duplicates: 0,
        // learner1_2's 3 grades of the 15 find their learner known already.
        parked: 12,
        attached: 12,
        clamped: 0,
        failed: 0,
        deadLettered: 0,
        lag: 0,
      });

      for (const [username, facts] of Object.entries(FIXTURE_FACTS))
        expect(await factsOf(data, username), username).toEqual(facts);
      const users = await data.users.findManyByLmsUserId(['1010', '1011', '1012', '1013']);
      expect([...users.values()].map((user) => [user.lmsUserId, user.username, user.email]).sort()).toEqual([
        ['1010', 'learner1_0', 'learner1_0@example.org'],
        ['1011', 'learner1_1', 'learner1_1@example.org'],
        ['1012', 'learner1_2', 'learner1_2@example.org'],
        ['1013', 'learner1_3', 'learner1_3@example.org'],
      ]);
      expect(await data.parkedFacts.ofLmsUsers(['1010', '1011', '1012', '1013'])).toEqual([]);
      expect((await data.parkedFacts.handledIds(FIXTURE.map((message) => message.fields.id!))).size).toBe(53);
    });

    it("completes the pending enrollments and keeps every learner's progress on the path", async () => {
      const { items: pending } = await data.enrollments.listPending({
        pathKey: PATH_KEY,
        limit: 10,
        offset: 0,
      });
      expect(pending).toEqual([]);
      const progress = async (username: string) => {
        const user = (await data.users.findByUsername(username))!;
        const enrollment = await data.enrollments.get(PATH_KEY, user.id);
        const record = (await data.progress.ofUser(user.id)).get(PATH_KEY)!;
        return [enrollment?.isActive, enrollment?.source, record.status, record.progress];
      };
      expect(await progress('learner1_0')).toEqual([true, 'pending', 'completed', 1]);
      expect(await progress('learner1_1')).toEqual([true, 'pending', 'completed', 1]);
      expect(await progress('learner1_2')).toEqual([true, 'api', 'in_progress', expect.closeTo(0.5, 5)]);
      expect(await progress('learner1_3')).toEqual([true, 'pending', 'completed', 1]);
    });
  },
);
