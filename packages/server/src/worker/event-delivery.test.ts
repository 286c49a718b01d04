// How the worker copes with the bus as it really behaves: messages delivered twice, out of order,
// unreadable, failing, left pending by a worker that died, and users who become known elsewhere.
// Real Redis, real databases; each case on a database and streams of its own.
import { Redis } from 'ioredis';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  entry,
  eventually,
  FIXTURE,
  FIXTURE_FACTS,
  factsOf,
  firstOf,
  fixtureCourse,
  REDIS_URL,
  redisAvailable,
  testBus,
  until,
  variant,
} from '../../test/event-bus.ts';
import { testDatabases, useDatabase, type TestDatabase } from '../../test/test-databases.ts';
import { signInWithLms } from '../services/accounts/sign-in-with-lms.ts';
import { applyEvents } from '../services/events/apply-events.ts';
import { CompiledPaths } from '../services/progress/compiled-paths.ts';
import { dataAccess, type DataAccess } from '../store/data-access.ts';
import { decodeMessage } from './decode-message.ts';
import { EventWorker } from './event-worker.ts';

const ENROLLMENT = firstOf('org.openedx.learning.course.enrollment.created.v1');
const GRADE = firstOf('org.openedx.learning.course.persistent_grade_summary.changed.v1');
const C001 = fixtureCourse(1);
const NOW = '2026-03-03T08:00:00.000Z';

/** A fresh database for the enclosing describe block, and its data access. */
function useData(database: TestDatabase): () => DataAccess {
  const store = useDatabase(database);
  let data: DataAccess;
  beforeAll(() => {
    data = dataAccess(store());
  });
  return () => data;
}

/**
 * The data access a worker sees, with the batch containing the event `id` treated as asked: its
 * transaction refused (`fail`), or committed and then never answered, as if the process died
 * before it could acknowledge anything (`hang`).
 */
function sabotaged(data: DataAccess, id: string, mode: 'fail' | 'hang'): DataAccess {
  let doomed = false;
  const inside = (inner: DataAccess): DataAccess => ({
    ...inner,
    parkedFacts: Object.assign(Object.create(inner.parkedFacts) as DataAccess['parkedFacts'], {
      handledIds: (ids: readonly string[]) => {
        if (ids.includes(id) && mode === 'fail') throw new Error('the database refused it');
        doomed ||= ids.includes(id);
        return inner.parkedFacts.handledIds(ids);
      },
    }),
  });
  return {
    ...data,
    transaction: async (work) => {
      const result = await data.transaction((inner) => work(inside(inner)));
      return doomed ? new Promise<never>(() => undefined) : result;
    },
  };
}

describe.runIf(await redisAvailable()).each(await testDatabases())(
  'delivering events on $name',
  (database) => {
    describe('a message delivered twice', () => {
      const data = useData(database);
      it('is applied once', async () => {
        const bus = testBus();
        await bus.add(ENROLLMENT);
        await bus.add(GRADE);
        await bus.add(GRADE);
        const worker = await bus.worker(data());
        expect(await until(worker, ({ processed }) => processed === 3)).toMatchObject({
          processed: 3,
          duplicates: 1,
          failed: 0,
          lag: 0,
        });
        expect((await factsOf(data(), 'learner1_0'))[C001]).toEqual({
          enrolled: true,
          grade: 0.6516,
          passed: true,
        });
      });
    });

    describe('an older grade event after a newer one', () => {
      const data = useData(database);
      it('never overwrites the newer grade', async () => {
        const bus = testBus();
        const regraded = variant(GRADE, {
          time: '2026-03-05T12:00:00+00:00',
          record: (record: any) => {
            record.grade.percent_grade = 0.42;
            record.grade.passed_timestamp = '';
          },
        });
        await bus.add(ENROLLMENT);
        await bus.add(regraded);
        await bus.add(GRADE);
        const worker = await bus.worker(data());
        expect(await until(worker, ({ processed }) => processed === 3)).toMatchObject({
          duplicates: 0,
          failed: 0,
        });
        const user = (await data().users.findByUsername('learner1_0'))!;
        const stored = (await data().facts.ofUsers([user.id])).get(user.id)!.get(C001)!;
        expect([stored.grade, stored.passed]).toEqual([
          { value: 0.42, at: '2026-03-05T12:00:00.000Z' },
          { value: false, at: '2026-03-05T12:00:00.000Z' },
        ]);
      });
    });

    describe('poison messages', () => {
      const data = useData(database);
      it('are dead-lettered with their error at once, and the stream goes on', async () => {
        const bus = testBus();
        const garbage = await bus.add(GRADE, { ...GRADE.fields, event_data: Buffer.from('not Avro') });
        const unknown = await bus.add(GRADE, {
          ...GRADE.fields,
          type: 'org.openedx.learning.course.unheard.of.v1',
        });
        const headless = await bus.add(GRADE, { event_data: GRADE.fields.event_data! });
        await bus.add(ENROLLMENT);
        const worker = await bus.worker(data());
        expect(await until(worker, ({ processed, lag }) => processed === 1 && lag === 0)).toMatchObject({
          deadLettered: 3,
          failed: 0,
        });
        expect((await factsOf(data(), 'learner1_0'))[C001]).toEqual({ enrolled: true });
        const letters = await data().deadLetters.list(10);
        expect(
          letters.map(({ messageId, type, deliveries }) => [messageId, type, deliveries]).sort(),
        ).toEqual(
          [
            [garbage, GRADE.fields.type, 1],
            [unknown, 'org.openedx.learning.course.unheard.of.v1', 1],
            [headless, null, 1],
          ].sort(),
        );
        const garbled = letters.find((letter) => letter.messageId === garbage)!;
        expect(garbled).toMatchObject({
          stream: bus.stream(GRADE.stream),
          fields: { ...GRADE.fields, event_data: Buffer.from('not Avro').toString('base64') },
          error: expect.stringContaining(`cannot decode the ${GRADE.fields.type} event_data`),
        });
        expect(letters.find((letter) => letter.messageId === unknown)!.error).toBe(
          'no handler for the event type org.openedx.learning.course.unheard.of.v1',
        );
      });
    });

    describe('a message that fails on every delivery', () => {
      const data = useData(database);
      it('is retried on each delivery, dead-lettered after the last, and holds up nothing', async () => {
        const bus = testBus();
        const failing = variant(ENROLLMENT);
        const entry = await bus.add(failing);
        await bus.add(GRADE);
        const worker = await bus.worker(sabotaged(data(), failing.fields.id!, 'fail'), { maxDeliveries: 3 });
        expect(await until(worker, ({ deadLettered, lag }) => deadLettered === 1 && lag === 0)).toMatchObject(
          {
            processed: 1,
            parked: 1,
            failed: 3,
          },
        );
        expect(await data().deadLetters.list(10)).toEqual([
          expect.objectContaining({ messageId: entry, deliveries: 3, error: 'the database refused it' }),
        ]);
      });
    });

    describe('a worker killed in the middle of a stream', () => {
      const data = useData(database);
      it('leaves its messages to another, which applies each exactly once', async () => {
        const bus = testBus();
        for (const message of FIXTURE) await bus.add(message);
        // The first worker commits the batch holding the fifth grade event, then never acknowledges
        // it, nor the batches of the other streams it read: it is gone.
        const fifthGrade = FIXTURE.filter((message) => message.fields.type === GRADE.fields.type)[4]!;
        const connection = new Redis(REDIS_URL);
        const doomed = new EventWorker({
          redis: connection,
          data: sabotaged(data(), fifthGrade.fields.id!, 'hang'),
          compiled: new CompiledPaths(),
          streams: bus.streams,
          group: bus.group,
          consumer: 'doomed',
          batchSize: 5,
          blockMs: 50,
        });
        await doomed.start();
        const ids = FIXTURE.map((message) => message.fields.id!);
        await eventually(
          () => data().parkedFacts.handledIds(ids),
          (handled) => handled.size === 5,
        );
        connection.disconnect();

        const heir = await bus.worker(data(), { batchSize: 5 });
        const counters = await until(heir, ({ processed, lag }) => processed === 53 && lag === 0);
        expect(counters).toMatchObject({ duplicates: 5, failed: 0, deadLettered: 0 });
        for (const [username, facts] of Object.entries(FIXTURE_FACTS))
          expect(await factsOf(data(), username), username).toEqual(facts);
        expect(await data().parkedFacts.ofLmsUsers(['1010', '1011', '1012', '1013'])).toEqual([]);
      });
    });

    describe('stopping a worker', () => {
      const data = useData(database);
      it('finishes and acknowledges the batch in hand', async () => {
        const bus = testBus();
        for (const message of FIXTURE) await bus.add(message);
        const worker = await bus.worker(data(), { batchSize: 2 });
        await worker.stop();
        const { processed } = await worker.counters();
        const pending = await Promise.all(bus.streams.map((stream) => bus.redis.xpending(stream, bus.group)));
        expect(pending.map(([count]) => count)).toEqual(bus.streams.map(() => 0));
        const info = await worker.counters();
        expect(info.lag).toBe(53 - processed);
      });
    });

    describe('learners another worker is busy with', () => {
      const data = useData(database);
      // SQLite has one writer at a time: no batch ever finds a learner held by another.
      it.runIf(database.name === 'postgres')('are left for later rather than waited for', async () => {
        const ann = await data().users.create(
          { username: 'learner1_0', lmsUserId: '1010' },
          '2026-03-01T00:00:00Z',
        );
        await data().users.create({ username: 'learner1_1', lmsUserId: '1011' }, '2026-03-01T00:00:00Z');
        const grades = FIXTURE.filter((message) => message.fields.type === GRADE.fields.type).slice(3, 5);
        const messages = grades.map((message) => decodeMessage(entry(message.fields)));
        expect(messages.map((message) => message.event.lmsUserId)).toEqual(['1010', '1011']);
        let release = () => undefined as void;
        let held = () => undefined as void;
        const locked = new Promise<void>((resolve) => (held = resolve));
        const other = data().transaction(async (trx) => {
          await trx.users.lock([ann.id]);
          held();
          await new Promise<void>((resolve) => (release = resolve));
        });
        await locked;
        const first = await applyEvents({
          data: data(),
          compiled: new CompiledPaths(),
          messages,
          now: NOW,
          skipBusy: true,
        });
        release();
        await other;
        expect(first.deferred).toEqual([messages[0]]);
        expect(Object.keys(await factsOf(data(), 'learner1_0'))).toEqual([]);
        expect(Object.keys(await factsOf(data(), 'learner1_1'))).toEqual([fixtureCourse(1)]);
      });
    });

    describe('a Redis that lost its data (a restart without persistence)', () => {
      const data = useData(database);
      it('gets its consumer group back and goes on', async () => {
        const bus = testBus();
        const worker = await bus.worker(data());
        await bus.redis.del(...bus.streams);
        await bus.add(ENROLLMENT);
        expect(await until(worker, ({ processed }) => processed === 1)).toMatchObject({ lag: 0, failed: 0 });
        expect((await factsOf(data(), 'learner1_0'))[C001]).toEqual({ enrolled: true });
      });
    });

    describe('a user who becomes known by signing in', () => {
      const data = useData(database);
      it('gets the facts parked for their LMS user id', async () => {
        const bus = testBus();
        await bus.add(GRADE);
        const worker = await bus.worker(data());
        await until(worker, ({ parked }) => parked === 1);
        expect(await data().parkedFacts.ofLmsUsers(['1010'])).toHaveLength(1);
        await signInWithLms({
          users: data().users,
          claims: {
            username: 'learner1_0',
            email: 'learner1_0@example.org',
            isAdmin: false,
            lmsUserId: '1010',
          },
          now: '2026-03-03T08:00:00.000Z',
        });
        expect(await until(worker, ({ attached }) => attached === 1)).toMatchObject({ processed: 1, lag: 0 });
        expect((await factsOf(data(), 'learner1_0'))[C001]).toEqual({ grade: 0.6516, passed: true });
        expect(await data().parkedFacts.ofLmsUsers(['1010'])).toEqual([]);
      });
    });
  },
);
