// `npm run bench:events`: how many Open edX events a second go from XADD to committed progress.
// Learners enrolled on three paths get a stream of enrollment, grade, passing-status and
// certificate events (event-bus-redis wire format, Avro-encoded with the shipped schemas) on four
// streams of the real Redis, consumed by real `learning-paths worker` processes: one and two on
// PostgreSQL (targets: ≥ 2,000 events/s with one, two ≥ 1.6 × one), one on SQLite. The clock runs
// from the first XADD until the group has acknowledged every entry, which a worker does only once
// the facts and progress are committed; then every event is checked to have been applied. The
// share of all the machine's cores busy meanwhile says whether more workers could go faster.
//
// Sizes: BENCH_EVENTS (20,000 measured events), BENCH_WARMUP_EVENTS (2,000 first, not measured),
// BENCH_LEARNERS (5,000). BENCH_SKIP_POSTGRES=1 skips PostgreSQL; BENCH_REDIS_URL and
// BENCH_POSTGRES_URL say where they are. A quick run: BENCH_EVENTS=3000 BENCH_WARMUP_EVENTS=500
// BENCH_LEARNERS=500. Progress goes to stderr, the table to stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Actor } from '../src/services/actor.ts';
import { enrollLearners } from '../src/services/enrollments/enroll-learners.ts';
import { createPath } from '../src/services/paths/create-path.ts';
import { publishPath } from '../src/services/paths/publish-path.ts';
import { CompiledPaths } from '../src/services/progress/compiled-paths.ts';
import { dataAccess, type DataAccess } from '../src/store/data-access.ts';
import { openStore, type Store } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { avroTypeOf } from '../src/worker/avro-schemas.ts';
import { machineCpu } from './machine-cpu.ts';
import { standaloneLink } from '../test/service-fixture.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const WARMUP_EVENTS = Number(process.env.BENCH_WARMUP_EVENTS ?? 2_000);
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 5_000);
const SKIP_POSTGRES = ['1', 'true', 'yes'].includes(process.env.BENCH_SKIP_POSTGRES ?? '');
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BIN = fileURLToPath(new URL('../../cli/bin/learning-paths.js', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const NOW = '2026-03-01T10:00:00.000Z';

const log = (text: string) => process.stderr.write(`${text}\n`);

// The institution ----------------------------------------------------------------------------------

const COURSES = Array.from({ length: 9 }, (_, index) => `course-v1:BenchU+C${index + 1}+2026_T1`);
const step = (courseKey: string) => ({ id: courseKey.split('+')[1]!.toLowerCase(), course: courseKey });
/** Three paths over nine courses, overlapping, with each built-in group rule. */
const PATHS = [
  { rule: 'all', courses: COURSES.slice(0, 4) },
  { rule: 'sequence', courses: COURSES.slice(2, 6) },
  { rule: 'atLeast', count: 2, courses: COURSES.slice(5, 9) },
].map(({ courses, ...rule }, index) => ({
  key: `path-v1:BenchU+P${index + 1}+2026+a`,
  title: `Bench path ${index + 1}`,
  defaultCriteria: { passed: true },
  requirements: { id: 'root', ...rule, children: courses.map(step) },
}));

const learner = (index: number) => ({
  id: 100_000 + index,
  username: `bench${index}`,
  email: `bench${index}@example.org`,
  name: `Bench Learner ${index}`,
});

/** The learners (with their LMS ids, as sign-ins or earlier events left them), on every path. */
async function seed(data: DataAccess): Promise<void> {
  const compiled = new CompiledPaths();
  const admin: Actor = {
    user: await data.users.create({ username: 'admin', isAdmin: true }, NOW),
    grants: [],
  };
  for (const definition of PATHS) {
    await createPath({ data, actor: admin, definition, now: NOW });
    await publishPath({ data, compiled, actor: admin, key: definition.key, now: NOW });
  }
  await data.transaction(async (trx) => {
    for (let index = 0; index < LEARNERS; index += 1) {
      const person = learner(index);
      await trx.users.create(
        { username: person.username, email: person.email, lmsUserId: String(person.id) },
        NOW,
      );
    }
  });
  const usernames = Array.from({ length: LEARNERS }, (_, index) => learner(index).username);
  for (const { key } of PATHS)
    await enrollLearners({
      data,
      lms: standaloneLink(data),
      compiled,
      actor: admin,
      pathKey: key,
      learners: usernames,
      source: 'api',
      now: NOW,
    });
}

// The events -----------------------------------------------------------------------------------------

const STREAMS = {
  enrollment: 'learning-course-enrollment-lifecycle',
  grade: 'learning-course-grade-lifecycle',
  passing: 'learning-badges-lifecycle',
  certificate: 'learning-certificate-lifecycle',
};

interface BenchEvent {
  readonly stream: string;
  readonly fields: (string | Buffer)[];
}

/**
 * The n-th event: learners in turn, a round of events over all of them about one course, then the
 * next course; each learner gets each kind of event in turn, and each stream other learners.
 */
function event(n: number, suffix: string): BenchEvent {
  const round = Math.floor(n / LEARNERS);
  const person = learner(n % LEARNERS);
  const course = {
    course_key: COURSES[round % COURSES.length]!,
    display_name: 'Bench course',
    start: null,
    end: null,
  };
  const user = {
    id: person.id,
    is_active: true,
    pii: { username: person.username, email: person.email, name: person.name },
  };
  const time = new Date(Date.parse('2026-03-02T00:00:00Z') + n * 1000).toISOString();
  const grade = ((n * 7919) % 1000) / 1000;
  const kinds = [
    {
      type: 'org.openedx.learning.course.enrollment.created.v1',
      stream: STREAMS.enrollment,
      record: {
        enrollment: { user, course, mode: 'audit', is_active: true, creation_date: time, created_by: null },
      },
    },
    {
      type: 'org.openedx.learning.course.persistent_grade_summary.changed.v1',
      stream: STREAMS.grade,
      record: {
        grade: {
          user_id: person.id,
          course,
          course_edited_timestamp: time,
          course_version: 'v1',
          grading_policy_hash: 'hash',
          percent_grade: grade,
          letter_grade: grade >= 0.5 ? 'Pass' : '',
          passed_timestamp: grade >= 0.5 ? time : '',
        },
      },
    },
    {
      type: 'org.openedx.learning.course.passing.status.updated.v1',
      stream: STREAMS.passing,
      record: { course_passing_status: { is_passing: grade >= 0.5, course, user } },
    },
    {
      type: 'org.openedx.learning.certificate.created.v1',
      stream: STREAMS.certificate,
      record: {
        certificate: {
          user,
          course,
          mode: 'verified',
          grade: String(grade),
          download_url: '',
          name: person.name,
          current_status: 'downloadable',
          previous_status: 'notpassing',
        },
      },
    },
  ];
  const { type, stream, record } = kinds[(round + n) % kinds.length]!;
  return {
    stream: `${stream}.bench-${suffix}`,
    fields: [
      'type',
      type,
      'id',
      randomUUID(),
      'source',
      'openedx/lms/web',
      'time',
      time,
      'minorversion',
      '0',
      'sourcehost',
      'bench',
      'sourcelib',
      '11.2.0',
      'event_data',
      avroTypeOf(type)!.toBuffer(record),
    ],
  };
}

// A run --------------------------------------------------------------------------------------------

interface BenchDatabase {
  readonly label: string;
  readonly url: string;
  readonly store: Store;
  dispose(): Promise<void>;
}

async function openDatabase(dialect: 'sqlite' | 'postgres'): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'lp-bench-events-'));
    const url = join(folder, 'bench.sqlite');
    const store = openStore(url);
    await migrateToLatest(store);
    return {
      label: 'SQLite',
      url,
      store,
      dispose: async () => (await store.close(), rmSync(folder, { recursive: true })),
    };
  }
  const name = `lp_bench_events_${randomBytes(4).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const store = openStore(url.toString());
  await migrateToLatest(store);
  return {
    label: 'PostgreSQL',
    url: url.toString(),
    store,
    dispose: async () => {
      await store.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery<Row extends pg.QueryResultRow>(text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

/** A `learning-paths worker` process, once it says it consumes. */
async function startWorker(url: string, streams: string[], group: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', '--database', url], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      EVENT_BUS_REDIS_URL: REDIS_URL,
      EVENT_BUS_STREAMS: streams.join(','),
      EVENT_BUS_GROUP: group,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Learning Paths worker \S+ consuming/.test(output)) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`the worker exited with ${code}: ${output}`)));
  });
  return child;
}

/** Entries of the streams the group has not acknowledged yet (undelivered or pending). */
async function backlog(redis: Redis, streams: string[], group: string): Promise<number> {
  let total = 0;
  for (const stream of streams) {
    const groups = (await redis.xinfo('GROUPS', stream)) as unknown[][];
    const info = groups.map(
      (flat) => new Map(flat.flatMap((value, index) => (index % 2 ? [] : [[value, flat[index + 1]]]))),
    );
    const ours = info.find((entry) => entry.get('name') === group)!;
    total += Number(ours.get('lag') ?? 0) + Number(ours.get('pending') ?? 0);
  }
  return total;
}

/** XADDs events n in [from, to) in pipelines, then waits until the group has acknowledged them all. */
async function produceAndDrain(
  redis: Redis,
  from: number,
  to: number,
  suffix: string,
  streams: string[],
  group: string,
) {
  const events = Array.from({ length: to - from }, (_, index) => event(from + index, suffix));
  const busy = machineCpu();
  const started = performance.now();
  for (let start = 0; start < events.length; start += 1000) {
    const pipeline = redis.pipeline();
    for (const { stream, fields } of events.slice(start, start + 1000)) pipeline.xadd(stream, '*', ...fields);
    await pipeline.exec();
  }
  while ((await backlog(redis, streams, group)) > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  return {
    seconds: (performance.now() - started) / 1000,
    busy: busy(),
    ids: events.map(({ fields }) => String(fields[3])),
  };
}

interface Result {
  readonly database: string;
  readonly workers: number;
  readonly eventsPerSecond: number;
  readonly seconds: number;
  /** The share of all the machine's cores busy while measuring (workers, databases, this process). */
  readonly busy: number;
}

async function run(dialect: 'sqlite' | 'postgres', workers: number): Promise<Result> {
  const database = await openDatabase(dialect);
  const redis = new Redis(REDIS_URL);
  const suffix = randomBytes(4).toString('hex');
  const streams = Object.values(STREAMS).map((stream) => `${stream}.bench-${suffix}`);
  const group = `learning-paths-bench-${suffix}`;
  const children: ChildProcess[] = [];
  try {
    log(`${database.label}, ${workers} worker(s): seeding ${LEARNERS} learners on ${PATHS.length} paths…`);
    await seed(dataAccess(database.store));
    for (const stream of streams) await redis.xgroup('CREATE', stream, group, '0', 'MKSTREAM');
    for (let index = 0; index < workers; index += 1)
      children.push(await startWorker(database.url, streams, group));
    await produceAndDrain(redis, 0, WARMUP_EVENTS, suffix, streams, group);
    log(`  warmed up with ${WARMUP_EVENTS} events; measuring ${EVENTS}…`);
    const { seconds, busy, ids } = await produceAndDrain(
      redis,
      WARMUP_EVENTS,
      WARMUP_EVENTS + EVENTS,
      suffix,
      streams,
      group,
    );
    const applied = await dataAccess(database.store).parkedFacts.handledIds(ids);
    if (applied.size !== EVENTS) throw new Error(`only ${applied.size} of ${EVENTS} events were applied`);
    const eventsPerSecond = EVENTS / seconds;
    log(
      `  ${eventsPerSecond.toFixed(0)} events/s (${seconds.toFixed(2)} s, CPUs ${(busy * 100).toFixed(0)}% busy)`,
    );
    return { database: database.label, workers, eventsPerSecond, seconds, busy };
  } finally {
    await Promise.all(
      children.map((child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')))),
    );
    await redis.del(...streams);
    redis.disconnect();
    await database.dispose();
  }
}

// The run ------------------------------------------------------------------------------------------

const loadBefore = loadavg()[0]!;
const results: Result[] = [];
if (SKIP_POSTGRES) log('PostgreSQL skipped (BENCH_SKIP_POSTGRES)');
else {
  results.push(await run('postgres', 1));
  results.push(await run('postgres', 2));
}
results.push(await run('sqlite', 1));

const redis = new Redis(REDIS_URL);
const redisVersion = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? '?';
redis.disconnect();
const postgresVersion = SKIP_POSTGRES
  ? 'not run'
  : ((await adminQuery<{ server_version: string }>('show server_version'))[0]?.server_version ?? '?');
const cpu = cpus();
console.log(
  `\n${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ` +
    `node ${process.version}, PostgreSQL ${postgresVersion}, Redis ${redisVersion}; load average ` +
    `${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after. ${EVENTS} events measured ` +
    `(after ${WARMUP_EVENTS} of warm-up), ${LEARNERS} learners on ${PATHS.length} paths each.\n`,
);
const one = results.find((result) => result.database === 'PostgreSQL' && result.workers === 1);
console.log('| database | workers | events | seconds | events/s | all CPUs busy | target | met |');
console.log('|---|--:|--:|--:|--:|--:|---|:-:|');
for (const result of results) {
  const [target, met] =
    result.database !== 'PostgreSQL'
      ? ['—', '']
      : result.workers === 1
        ? ['≥ 2,000 events/s', result.eventsPerSecond >= 2000 ? '✓' : '✗']
        : [
            `≥ 1.6 × one worker (${(result.eventsPerSecond / one!.eventsPerSecond).toFixed(2)} ×)`,
            result.eventsPerSecond >= 1.6 * one!.eventsPerSecond ? '✓' : '✗',
          ];
  console.log(
    `| ${result.database} | ${result.workers} | ${EVENTS} | ${result.seconds.toFixed(2)} | ${result.eventsPerSecond.toFixed(0)} | ${(result.busy * 100).toFixed(0)}% | ${target} | ${met} |`,
  );
}
