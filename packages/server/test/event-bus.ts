// The event bus the worker tests run against: the real Redis (TEST_REDIS_URL, else 127.0.0.1:6379),
// with stream and group names of their own (random suffix) so that test files running in parallel
// never share state, and the Open edX wire data of fixtures/openedx-events (53 messages copied from
// the shared test vectors). Without Redis the tests are skipped with one line saying so, except
// under CI=true, where it fails.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { onTestFinished } from 'vitest';
import { CompiledPaths } from '../src/services/progress/compiled-paths.ts';
import type { DataAccess } from '../src/store/data-access.ts';
import { avroTypeOf } from '../src/worker/avro-schemas.ts';
import { decodeMessage, type DecodedMessage } from '../src/worker/decode-message.ts';
import { EventWorker, type EventWorkerOptions, type WorkerCounters } from '../src/worker/event-worker.ts';
import type { StreamEntry } from '../src/worker/stream-entry.ts';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One line of messages.jsonl: a stream entry as event-bus-redis writes it, and what it encodes. */
export interface FixtureMessage {
  readonly stream: string;
  /** The entry's fields; event_data in base64 here, raw bytes on Redis. */
  readonly fields: Readonly<Record<string, string>>;
  readonly decoded: Record<string, unknown>;
}

export const FIXTURE: readonly FixtureMessage[] = readFileSync(
  new URL('./fixtures/openedx-events/messages.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as FixtureMessage);

/** The first fixture message of a type. */
export const firstOf = (type: string): FixtureMessage =>
  FIXTURE.find((message) => message.fields.type === type)!;

/**
 * Another event made from a fixture message: a new id unless given, and the time, the type (of the
 * same schema) or the record changed as asked; event_data encoded again.
 */
export function variant(
  message: FixtureMessage,
  change: {
    id?: string;
    time?: string;
    type?: string;
    record?: (decoded: Record<string, unknown>) => void;
  } = {},
): FixtureMessage {
  const decoded = structuredClone(message.decoded);
  change.record?.(decoded);
  const type = change.type ?? message.fields.type!;
  return {
    stream: message.stream,
    decoded,
    fields: {
      ...message.fields,
      type,
      id: change.id ?? randomUUID(),
      time: change.time ?? message.fields.time!,
      event_data: avroTypeOf(type)!.toBuffer(decoded).toString('base64'),
    },
  };
}

/** A stream entry as the worker reads it from Redis: every field as bytes, event_data decoded from base64. */
export function entry(fields: Readonly<Record<string, string | Buffer>>): StreamEntry {
  return {
    stream: 'test',
    entryId: '1-0',
    fields: new Map(
      Object.entries(fields).map(([name, value]) => [
        name,
        typeof value !== 'string' ? value : Buffer.from(value, name === 'event_data' ? 'base64' : 'utf8'),
      ]),
    ),
  };
}

/** A fixture message as the worker hands it to the event use cases, decoded from its wire form. */
export const eventMessage = (message: FixtureMessage): DecodedMessage => decodeMessage(entry(message.fields));

/** The fixture's courses: course-v1:OpenU+C00<n>+2026_T1, n from 1 to 5. */
export const fixtureCourse = (number: number) => `course-v1:OpenU+C00${number}+2026_T1`;

/** What the 53 messages leave, newest event winning each field whatever the stream order. */
export const FIXTURE_FACTS = {
  learner1_0: {
    [fixtureCourse(1)]: { enrolled: false, grade: 0.6516, passed: true },
    [fixtureCourse(2)]: { enrolled: true, grade: 0.0092, passed: false },
    [fixtureCourse(4)]: { enrolled: true, grade: 0.9265, passed: true },
    [fixtureCourse(5)]: { enrolled: true, grade: 0.8825, passed: true },
  },
  learner1_1: {
    [fixtureCourse(1)]: { enrolled: true, grade: 0.1637, passed: false },
    [fixtureCourse(2)]: { enrolled: false },
    [fixtureCourse(3)]: { enrolled: true, grade: 0.7705, passed: true },
    [fixtureCourse(4)]: { enrolled: true, grade: 0.5614, passed: false },
    [fixtureCourse(5)]: { enrolled: true, grade: 0.6235, passed: true },
  },
  learner1_2: {
    [fixtureCourse(1)]: { enrolled: true, grade: 0.2686, passed: false },
    [fixtureCourse(2)]: { enrolled: true, grade: 0.312, passed: false },
    [fixtureCourse(3)]: { enrolled: false },
    [fixtureCourse(5)]: { enrolled: true, grade: 0.9599, passed: true },
  },
  learner1_3: {
    [fixtureCourse(1)]: { enrolled: true, grade: 0.2121, passed: false },
    [fixtureCourse(2)]: { enrolled: true, grade: 0.5906, passed: false },
    [fixtureCourse(3)]: { enrolled: true, grade: 0.6742, passed: true },
    [fixtureCourse(4)]: { enrolled: false, grade: 0.6745, passed: true },
  },
};

/** A learner's stored facts, by course: the fields set, with their values. */
export async function factsOf(data: DataAccess, username: string) {
  const user = (await data.users.findByUsername(username))!;
  const stored = (await data.facts.ofUsers([user.id])).get(user.id)!;
  return Object.fromEntries(
    [...stored].map(([courseKey, facts]) => [
      courseKey,
      Object.fromEntries(
        (['enrolled', 'grade', 'passed'] as const).flatMap((field) =>
          facts[field] === null ? [] : [[field, facts[field].value]],
        ),
      ),
    ]),
  );
}

/** Whether Redis answers; false (with one line) when it does not, a failure under CI=true. */
export async function redisAvailable(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch {
    if (process.env.CI === 'true')
      throw new Error(`Redis does not answer at ${REDIS_URL}, and CI=true requires it`);
    console.warn(`Redis does not answer at ${REDIS_URL}: the event-bus worker tests are skipped`);
    return false;
  } finally {
    redis.disconnect();
  }
}

/** A bus of one test's own: a stream per fixture stream, and a group, all named with one suffix. */
export interface TestBus {
  readonly redis: Redis;
  readonly group: string;
  /** The test's name of a fixture stream. */
  stream(name: string): string;
  /** Every stream of the fixture, renamed; the grade stream first, as an operator may list it. */
  readonly streams: readonly string[];
  /** XADDs a message with its fields in order and event_data as raw bytes; returns the entry id. */
  add(message: FixtureMessage, fields?: Readonly<Record<string, string | Buffer>>): Promise<string>;
  /** A worker on these streams and group, with short timings; stopped when the test ends. */
  worker(data: DataAccess, options?: Partial<EventWorkerOptions>): Promise<EventWorker>;
}

const FIXTURE_STREAMS = [
  'learning-course-grade-lifecycle',
  ...new Set(
    FIXTURE.map((message) => message.stream).filter((name) => name !== 'learning-course-grade-lifecycle'),
  ),
];

/** Called in a test: the bus, its streams and its workers go when the test ends. */
export function testBus(): TestBus {
  const suffix = randomBytes(4).toString('hex');
  const redis = new Redis(REDIS_URL);
  const workers: EventWorker[] = [];
  const connections: Redis[] = [redis];
  const stream = (name: string) => `${name}.test-${suffix}`;
  const streams = FIXTURE_STREAMS.map(stream);
  onTestFinished(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await redis.del(...streams);
    for (const connection of connections) connection.disconnect();
  });
  return {
    redis,
    group: `learning-paths-test-${suffix}`,
    stream,
    streams,
    async add(message, fields = message.fields) {
      const values = Object.entries(fields).flatMap(([name, value]) => [
        name,
        name === 'event_data' && typeof value === 'string' ? Buffer.from(value, 'base64') : value,
      ]);
      return (await redis.xadd(stream(message.stream), '*', ...values))!;
    },
    async worker(data, options = {}) {
      const connection = new Redis(REDIS_URL);
      connections.push(connection);
      const worker = new EventWorker({
        redis: connection,
        data,
        compiled: new CompiledPaths(),
        streams,
        group: `learning-paths-test-${suffix}`,
        consumer: `test-worker-${workers.length + 1}`,
        claimIdleMs: 300,
        blockMs: 50,
        attachIntervalMs: 100,
        ...options,
      });
      await worker.start();
      workers.push(worker);
      return worker;
    },
  };
}

/** Polls `probe` until its answer satisfies `done`, and returns that answer. */
export async function eventually<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out at ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Polls until the worker's counters satisfy `done`; they are returned. */
export function until(
  worker: EventWorker,
  done: (counters: WorkerCounters) => boolean,
): Promise<WorkerCounters> {
  return eventually(() => worker.counters(), done);
}
