// `learning-paths worker` as a real process on the real Redis and a fresh SQLite file: fixture
// messages of the Open edX event bus XADDed to streams of the test's own, their facts and the
// learner's progress committed, SIGTERM ending it with exit 0 and nothing pending in the group, and
// a second run taking up where the first stopped, applying nothing twice.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  CompiledPaths,
  dataAccess,
  enrollLearners,
  importPath,
  migrateToLatest,
  openStore,
  operatorActor,
  type DataAccess,
  type Store,
} from '@learning-paths/server';
import {
  factsOf,
  FIXTURE,
  fixtureCourse,
  REDIS_URL,
  redisAvailable,
  testBus,
  type FixtureMessage,
  type TestBus,
} from '../../server/test/event-bus.ts';
import { BIN, REPO_ROOT } from './run-cli.ts';
import { standaloneLink } from '../../server/test/service-fixture.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const PATH_KEY = 'path-v1:OpenU+WORKER+2026+a';
const [C001, C002] = [fixtureCourse(1), fixtureCourse(2)];
/** learner1_0 in C001: enrolled, graded, passing, certified. */
const FIRST = FIXTURE.slice(0, 4);
/** learner1_0 in C002: enrolled, graded, not passing. */
const SECOND = FIXTURE.slice(4, 7);

interface Exit {
  readonly code: number | null;
  /** The worker's JSON log lines. */
  readonly logs: Record<string, unknown>[];
  readonly stderr: string;
}

/** Starts `learning-paths worker` on the bus and database; resolves once it consumes. Called in a test. */
function startWorker(bus: TestBus, database: string): Promise<{ stop(): Promise<Exit> }> {
  const child = spawn(process.execPath, [BIN, 'worker', '--database', database], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NO_COLOR: '1',
      LOG_LEVEL: 'info',
      EVENT_BUS_REDIS_URL: REDIS_URL,
      EVENT_BUS_STREAMS: bus.streams.join(','),
      EVENT_BUS_GROUP: bus.group,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // A test that failed half-way leaves no worker behind.
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const exited = new Promise<Exit>((resolve) =>
    child.on('exit', (code) =>
      resolve({
        code,
        logs: stdout
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as Record<string, unknown>),
        stderr,
      }),
    ),
  );
  return new Promise((resolve, reject) => {
    child.stdout.on('data', () => {
      if (/^Learning Paths worker \S+ consuming /m.test(stdout))
        resolve({
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
    });
    void exited.then(({ code }) => reject(new Error(`the worker exited with ${code}: ${stdout}${stderr}`)));
  });
}

const stopped = (exit: Exit) => exit.logs.find((line) => line.msg === 'event worker stopped');

describe.runIf(await redisAvailable())('learning-paths worker', { timeout: 60_000 }, () => {
  let folder: string;
  let database: string;
  let store: Store;
  let data: DataAccess;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'lp-worker-'));
    database = join(folder, 'service.sqlite');
    store = openStore(database);
    await migrateToLatest(store);
    data = dataAccess(store);
    const compiled = new CompiledPaths();
    const definition = {
      key: PATH_KEY,
      title: 'Two courses, passed',
      defaultCriteria: { passed: true },
      requirements: {
        id: 'root',
        rule: 'all',
        children: [
          { id: 'c1', course: C001 },
          { id: 'c2', course: C002 },
        ],
      },
    };
    const actor = operatorActor();
    await importPath({ data, compiled, actor, definition, publish: true, now: NOW });
    // No account yet: the first event describing the learner makes one, and the enrollment follows.
    await enrollLearners({
      data,
      lms: standaloneLink(data),
      compiled,
      actor,
      pathKey: PATH_KEY,
      learners: ['learner1_0@example.org'],
      source: 'api',
      now: NOW,
    });
  });
  afterAll(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Polls until the events of these messages are committed (their ids are kept with them). */
  const committed = (messages: readonly FixtureMessage[]) =>
    expect
      .poll(async () => (await data.parkedFacts.handledIds(messages.map(({ fields }) => fields.id!))).size, {
        timeout: 20_000,
        interval: 50,
      })
      .toBe(messages.length);
  const progress = async () => {
    const user = (await data.users.findByUsername('learner1_0'))!;
    const enrollment = await data.enrollments.get(PATH_KEY, user.id);
    const record = (await data.progress.ofUser(user.id, [PATH_KEY])).get(PATH_KEY)!;
    return [enrollment?.isActive, enrollment?.source, record.status, record.progress];
  };
  const pendingInGroup = async (bus: TestBus) => {
    let pending = 0;
    for (const stream of bus.streams)
      pending += Number(((await bus.redis.xpending(stream, bus.group)) as [number])[0]);
    return pending;
  };

  it('applies events until SIGTERM, leaves nothing pending, and a second run resumes', async () => {
    const bus = testBus();
    for (const message of FIRST) await bus.add(message);
    const first = await startWorker(bus, database);
    await committed(FIRST);
    expect(await factsOf(data, 'learner1_0')).toEqual({
      [C001]: { enrolled: true, grade: 0.6516, passed: true },
    });
    expect(await progress()).toEqual([true, 'pending', 'in_progress', 0.5]);
    const firstExit = await first.stop();
    expect([firstExit.code, firstExit.stderr]).toEqual([0, '']);
    expect(stopped(firstExit)).toMatchObject({
      processed: FIRST.length,
      duplicates: 0,
      failed: 0,
      deadLettered: 0,
    });
    expect(await pendingInGroup(bus)).toBe(0);

    for (const message of SECOND) await bus.add(message);
    const second = await startWorker(bus, database);
    await committed(SECOND);
    expect(await factsOf(data, 'learner1_0')).toEqual({
      [C001]: { enrolled: true, grade: 0.6516, passed: true },
      [C002]: { enrolled: true, grade: 0.0092, passed: false },
    });
    const secondExit = await second.stop();
    expect([secondExit.code, secondExit.stderr]).toEqual([0, '']);
    // Only the new entries were delivered: none of the first run's came again, even as a duplicate.
    expect(stopped(secondExit)).toMatchObject({ processed: SECOND.length, duplicates: 0, failed: 0 });
    expect(await pendingInGroup(bus)).toBe(0);
    expect(await progress()).toEqual([true, 'pending', 'in_progress', 0.5]);
  });
});
