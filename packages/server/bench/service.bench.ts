// `npm run bench:service`: the service's speed where it matters, each case on a fresh database it
// creates and removes, through the real routes:
//   1. bulk enrollment of 100,000 learners from one CSV upload (SQLite), rows/s;
//   2. 200,000 fact updates over 20,000 learners enrolled in 3 paths each, posted 1,000 a request
//      by an LMS's service account, with progress kept up to date (SQLite and PostgreSQL), facts/s,
//      then a sample of stored progress checked against a fresh evaluation;
//   3. GET /api/v1/me/learning for random learners over real HTTP (50 connections, each request
//      with another learner's token) at 102,000 enrollments (34,000 learners × 3 paths, plus the
//      courses they are enrolled in), next to /healthz on the same server with the same settings.
//
// Sizes (defaults are the full run): BENCH_SCALE (multiplies every size, e.g. 0.1 for a quick run),
// BENCH_ENROLL_ROWS, BENCH_FACT_LEARNERS, BENCH_FACTS, BENCH_FACT_BATCH, BENCH_READ_LEARNERS,
// BENCH_CONNECTIONS, BENCH_SECONDS (each load run), BENCH_WARMUP_SECONDS. BENCH_SKIP_POSTGRES=1
// skips PostgreSQL; BENCH_ONLY=enroll,facts,learning runs some cases. BENCH_PLUGINS (LP_PLUGINS
// entries, their settings from the environment) runs the SQLite facts case again with those plugins
// loaded and their events delivered, next to the run without. Progress goes to stderr, the table to
// stdout.
//
// Finding where the time goes: BENCH_PROFILE=1 prints each measured phase's SQL statements by kind
// and table with their time; BENCH_CPU_PROFILE=<folder> writes a CPU profile of each measured phase
// (not its setup); BENCH_SQLITE_PRAGMAS="cache_size=-262144,…" tries SQLite settings first.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  compilePath,
  type CourseFacts,
  type PathDefinition,
  type PathEvaluation,
} from '@learning-paths/core';
import type { DialectName, Store } from '../src/store/database.ts';
import { dataAccess } from '../src/store/data-access.ts';
import { PATHS, dataSciencePath, learnerEmail, learnerName, random, shuffled } from './fixtures.ts';
import type { LoadOptions, LoadResult } from './load-client.ts';
import {
  call,
  insertLearners,
  insertTokens,
  openDatabase,
  pathUrl,
  postgresAnswers,
  publishPaths,
  SQLITE_PRAGMAS,
  startApp,
  type BenchApp,
} from './setup.ts';
import { profiled } from './cpu-profile.ts';
import { instrumentStatements, type Statements } from './statements.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const size = (name: string, full: number) =>
  Math.max(1, Math.round(Number(process.env[name] ?? full * SCALE)));
const ENROLL_ROWS = size('BENCH_ENROLL_ROWS', 100_000);
const FACT_LEARNERS = size('BENCH_FACT_LEARNERS', 20_000);
const FACTS = size('BENCH_FACTS', 200_000);
const FACT_BATCH = Number(process.env.BENCH_FACT_BATCH ?? 1_000);
const READ_LEARNERS = size('BENCH_READ_LEARNERS', 34_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const flag = (name: string) => ['1', 'true', 'yes'].includes(process.env[name] ?? '');
const SKIP_POSTGRES = flag('BENCH_SKIP_POSTGRES');
const PROFILE = flag('BENCH_PROFILE');
const ONLY = new Set(
  (process.env.BENCH_ONLY ?? 'enroll,facts,learning').split(',').map((name) => name.trim()),
);

const SAMPLE_LEARNERS = 100;

interface Row {
  readonly measurement: string;
  readonly database: string;
  readonly size: string;
  readonly result: string;
  readonly target: string;
  /** null when there is no target. */
  readonly met: boolean | null;
}

const rows: Row[] = [];
const number = (value: number) => Math.round(value).toLocaleString('en');
const log = (message: string) => console.error(`[bench:service] ${message}`);

/** With BENCH_PROFILE=1, where the database time of a measured phase went, on stderr. */
function printStatements(
  phase: string,
  statements: Statements,
  seconds: number,
  requests: number,
  concurrent = false,
): void {
  if (!PROFILE) return;
  const kinds = statements.kinds();
  const sqlMs = kinds.reduce((sum, kind) => sum + kind.ms, 0);
  // Under concurrent requests a statement's time includes waiting for the others: counts only.
  log(
    concurrent
      ? `${phase}: ${requests} requests in ${seconds} s; statements:`
      : `${phase}: ${(seconds * 1000).toFixed(0)} ms in ${requests} request(s), of which ${sqlMs.toFixed(0)} ms in SQL statements (compile + driver + database):`,
  );
  for (const kind of kinds)
    log(
      concurrent
        ? `  ${String(kind.count).padStart(7)} × ${kind.label} (${(kind.count / requests).toFixed(2)} a request)`
        : `  ${kind.ms.toFixed(0).padStart(7)} ms  ${String(kind.count).padStart(6)} × ${kind.label} (${((kind.ms / kind.count) * 1000).toFixed(0)} µs each, ${(kind.count / requests).toFixed(1)} a request)`,
    );
}

/**
 * Wall time, and the CPU time of this process (the service; the load client runs elsewhere), which
 * other work on a shared machine disturbs much less.
 */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return {
    value,
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}

async function withDatabase<T>(
  dialect: DialectName,
  work: (store: Store, statements: Statements) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(dialect);
  try {
    const statements = instrumentStatements(database.store, PROFILE);
    return await work(statements.store, statements);
  } finally {
    await database.dispose();
  }
}

// 1. Bulk enrollment from a CSV upload ------------------------------------------------------------

async function bulkEnroll(): Promise<void> {
  await withDatabase('sqlite', async (store, statements) => {
    log(`enroll: inserting ${number(ENROLL_ROWS)} learners`);
    const bench = await startApp(store);
    try {
      await publishPaths(bench, [dataSciencePath]);
      await insertLearners(store, ENROLL_ROWS);
      // What an instructor exports from a spreadsheet: a header, usernames and emails, a name column.
      const lines = ['learner,name'];
      for (let index = 0; index < ENROLL_ROWS; index++)
        lines.push(`${index % 2 === 0 ? learnerName(index) : learnerEmail(index)},Learner ${index}`);
      const csv = lines.join('\r\n') + '\r\n';
      log(`enroll: posting a CSV of ${number(ENROLL_ROWS)} rows (${(csv.length / 1e6).toFixed(1)} MB)`);
      const before = statements.count();
      statements.reset();
      const {
        value: response,
        seconds,
        cpuSeconds,
      } = await profiled('enroll', () =>
        timed(() =>
          bench.app.inject({
            method: 'POST',
            url: `${pathUrl(dataSciencePath.key)}/enrollments?reason=${encodeURIComponent('spring cohort')}`,
            headers: { ...bench.admin, 'content-type': 'text/csv' },
            payload: csv,
          }),
        ),
      );
      const used = statements.count() - before;
      printStatements('enroll', statements, seconds, 1);
      if (response.statusCode !== 200)
        throw new Error(`the CSV upload answered ${response.statusCode}: ${response.body.slice(0, 2000)}`);
      const { results } = response.json<{ results: { result: string }[] }>();
      const enrolled = results.filter((row) => row.result === 'enrolled').length;
      const progress = await store.db
        .selectFrom('path_progress')
        .select((eb) => eb.fn.countAll().as('count'))
        .where('path_key', '=', dataSciencePath.key)
        .executeTakeFirstOrThrow();
      if (
        results.length !== ENROLL_ROWS ||
        enrolled !== ENROLL_ROWS ||
        Number(progress.count) !== ENROLL_ROWS
      )
        throw new Error(
          `enrollment check failed: ${results.length} results, ${enrolled} enrolled, ${String(progress.count)} progress rows, for ${ENROLL_ROWS} rows`,
        );
      const perSecond = ENROLL_ROWS / seconds;
      rows.push({
        measurement: '1. bulk enroll: POST /paths/{key}/enrollments, text/csv, one request',
        database: 'SQLite',
        size: `${number(ENROLL_ROWS)} rows into 1 path (${number(used)} SQL statements)`,
        result: `**${number(perSecond)} rows/s** (${seconds.toFixed(2)} s; CPU ${cpuSeconds.toFixed(2)} s), verified`,
        target: '≥ 20,000 rows/s',
        met: perSecond >= 20_000,
      });
    } finally {
      await bench.close();
    }
  });
}

// 2. Fact updates with progress kept up to date ---------------------------------------------------

interface Fact {
  readonly user: string;
  readonly course: string;
  readonly completion?: number;
  readonly grade?: number;
  readonly passed?: boolean;
  readonly time: string;
  readonly id: string;
}

const FACTS_START = Date.parse('2026-09-01T08:00:00Z');
const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The facts an LMS sends, in time order, for random learners and courses of their paths: most
 * carry a completion, some a grade, some a final grade and pass. Facts about the sampled learners
 * are also kept in `sample` (each field's last value), to check their progress afterwards.
 */
function* factBatches(
  learners: number,
  courses: readonly string[],
  sample: Map<string, Map<string, CourseFacts>>,
): Generator<Fact[]> {
  const next = random(42);
  let batch: Fact[] = [];
  for (let index = 0; index < FACTS; index++) {
    const user = learnerName(Math.floor(next() * learners));
    const course = courses[Math.floor(next() * courses.length)]!;
    const kind = next();
    const completion = round3(next());
    const grade = round3(next());
    const fields =
      kind < 0.6
        ? { completion }
        : kind < 0.85
          ? { completion, grade }
          : { completion: 1, grade, passed: grade >= 0.6 };
    batch.push({
      user,
      course,
      ...fields,
      time: new Date(FACTS_START + index * 250).toISOString(),
      id: `lms-event-${index}`,
    });
    const sampled = sample.get(user);
    if (sampled) sampled.set(course, { ...sampled.get(course), ...fields });
    if (batch.length === FACT_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function statusOf(evaluation: Pick<PathEvaluation, 'completed' | 'progress'>): string {
  if (evaluation.completed) return 'completed';
  return evaluation.progress > 0 ? 'in_progress' : 'not_started';
}

/**
 * For every sampled learner and path: the stored progress equals an evaluation of the facts the
 * benchmark sent, and so does the service's live evaluation. Returns how many were compared.
 */
async function verifyProgress(
  bench: BenchApp,
  store: Store,
  sample: Map<string, Map<string, CourseFacts>>,
  userIds: readonly number[],
): Promise<number> {
  const { progress } = dataAccess(store);
  const compiled = PATHS.map((definition) => compilePath(definition as PathDefinition));
  const now = new Date().toISOString();
  const problems: string[] = [];
  let compared = 0;
  for (const [username, facts] of sample) {
    const userId = userIds[Number(username.slice('learner-'.length))]!;
    const stored = await progress.ofUser(userId);
    for (const path of compiled) {
      const key = path.definition.key;
      const expected = path.evaluate({ now, courses: Object.fromEntries(facts) });
      const live = await call<PathEvaluation>(bench.app, {
        method: 'GET',
        url: `/api/v1/learners/${username}/paths/${encodeURIComponent(key)}`,
        headers: bench.admin,
      });
      const record = stored.get(key);
      const where = `${username} on ${key}`;
      if (!record) problems.push(`${where}: no stored progress`);
      else {
        // PostgreSQL keeps progress as real (4 bytes): equal to about 7 digits.
        if (Math.abs(record.progress - expected.progress) > 1e-6)
          problems.push(`${where}: stored progress ${record.progress}, evaluation ${expected.progress}`);
        if (record.status !== statusOf(expected))
          problems.push(`${where}: stored status ${record.status}, evaluation ${statusOf(expected)}`);
        if (JSON.stringify(record.next) !== JSON.stringify(expected.next))
          problems.push(
            `${where}: stored next ${record.next.join(' ')}, evaluation ${expected.next.join(' ')}`,
          );
      }
      if (Math.abs(live.progress - expected.progress) > 1e-9 || live.completed !== expected.completed)
        problems.push(`${where}: GET answered progress ${live.progress}, evaluation ${expected.progress}`);
      compared += 1;
    }
  }
  if (problems.length > 0)
    throw new Error(
      `progress check failed (${problems.length} of ${compared}):\n  ${problems.slice(0, 20).join('\n  ')}`,
    );
  return compared;
}

const BENCH_PLUGINS = (process.env.BENCH_PLUGINS ?? '')
  .split(',')
  .map((entry) => entry.trim())
  .filter((entry) => entry !== '');

/** Facts per second of each run, by its label, for the run with plugins to compare with. */
const factRates = new Map<string, number>();

async function factUpdates(dialect: DialectName, plugins: readonly string[] = []): Promise<void> {
  const database = `${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}${plugins.length > 0 ? `, ${plugins.length} plugins` : ''}`;
  await withDatabase(dialect, async (store, statements) => {
    const bench = await startApp(store, plugins);
    try {
      log(`facts/${dialect}: ${number(FACT_LEARNERS)} learners enrolled in 3 paths`);
      const courses = (await publishPaths(bench, PATHS)).map((course) => course.key);
      const userIds = await insertLearners(store, FACT_LEARNERS);
      const usernames = Array.from({ length: FACT_LEARNERS }, (_, index) => learnerName(index));
      for (const path of PATHS)
        await call(bench.app, {
          method: 'POST',
          url: `${pathUrl(path.key)}/enrollments`,
          headers: bench.admin,
          payload: { learners: usernames, reason: 'benchmark cohort' },
        });

      const sample = new Map<string, Map<string, CourseFacts>>();
      const step = Math.max(1, Math.floor(FACT_LEARNERS / SAMPLE_LEARNERS));
      for (let index = 0; index < FACT_LEARNERS; index += step) sample.set(learnerName(index), new Map());
      log(`facts/${dialect}: posting ${number(FACTS)} facts, ${number(FACT_BATCH)} a request`);
      const before = statements.count();
      statements.reset();
      let requests = 0;
      let applied = 0;
      let slowest = 0;
      const { seconds, cpuSeconds } = await profiled(
        `facts-${dialect}${plugins.length > 0 ? '-plugins' : ''}`,
        () =>
          timed(async () => {
            for (const batch of factBatches(FACT_LEARNERS, courses, sample)) {
              const start = performance.now();
              const answer = await call<{ applied: number; ignored: number; rejected: unknown[] }>(
                bench.app,
                {
                  method: 'POST',
                  url: '/api/v1/facts',
                  headers: bench.service,
                  payload: { facts: batch },
                },
              );
              slowest = Math.max(slowest, performance.now() - start);
              if (answer.rejected.length > 0 || answer.applied + answer.ignored !== batch.length)
                throw new Error(
                  `a batch of facts was not fully taken: ${JSON.stringify(answer).slice(0, 500)}`,
                );
              applied += answer.applied;
              requests += 1;
            }
          }),
      );
      const used = statements.count() - before;
      printStatements(`facts/${dialect}`, statements, seconds, requests);
      // Every fact has a new id and a later time than any before it: each one must apply.
      if (applied !== FACTS) throw new Error(`${applied} of ${FACTS} facts applied`);
      log(`facts/${dialect}: checking the progress of ${sample.size} learners on every path`);
      const compared = await verifyProgress(bench, store, sample, userIds);
      const perSecond = FACTS / seconds;
      factRates.set(database, perSecond);
      const without = factRates.get('SQLite');
      if (plugins.length > 0 && without !== undefined) {
        rows.push({
          measurement: `2b. facts with ${plugins.join(', ')} loaded, events delivered`,
          database,
          size: `${number(FACTS)} facts`,
          result: `**${((perSecond / without) * 100).toFixed(0)}%** of the run without plugins (${number(perSecond)} vs ${number(without)} facts/s)`,
          target: '≥ 90%',
          met: perSecond >= 0.9 * without,
        });
        return;
      }
      rows.push({
        measurement: `2. facts: POST /api/v1/facts, ${number(FACT_BATCH)} a request, as a service account`,
        database,
        size: `${number(FACTS)} facts, ${number(FACT_LEARNERS)} learners × 3 paths (${(used / requests).toFixed(0)} SQL statements a request)`,
        result: `**${number(perSecond)} facts/s** (${seconds.toFixed(1)} s, ${((seconds / requests) * 1000).toFixed(0)} ms a request, slowest ${slowest.toFixed(0)} ms; CPU ${((cpuSeconds / requests) * 1000).toFixed(0)} ms a request), verified ${compared} learner-paths`,
        target: dialect === 'sqlite' ? '≥ 10,000 facts/s' : '—',
        met: dialect === 'sqlite' ? perSecond >= 10_000 : null,
      });
    } finally {
      await bench.close();
    }
  });
}

// 3. My Learning under load -----------------------------------------------------------------------

function runLoad(options: LoadOptions): Promise<LoadResult> {
  const client = new URL('./load-client.ts', import.meta.url).pathname;
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), client, JSON.stringify(options)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`the load client exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').at(-1)!) as LoadResult);
    });
  });
}

const cpuPerRequest = (cpuSeconds: number, result: LoadResult) =>
  number((cpuSeconds * 1e6) / result.completed);

async function myLearningUnderLoad(): Promise<void> {
  await withDatabase('sqlite', async (store, statements) => {
    const bench = await startApp(store);
    const folder = mkdtempSync(join(tmpdir(), 'lp-bench-tokens-'));
    try {
      log(`learning: ${number(READ_LEARNERS)} learners enrolled in 3 paths, with tokens and course facts`);
      const courses = (await publishPaths(bench, PATHS)).map((course) => course.key);
      const userIds = await insertLearners(store, READ_LEARNERS);
      const tokens = await insertTokens(store, userIds);
      const usernames = userIds.map((_, index) => learnerName(index));
      for (const path of PATHS)
        await call(bench.app, {
          method: 'POST',
          url: `${pathUrl(path.key)}/enrollments`,
          headers: bench.admin,
          payload: { learners: usernames },
        });
      // Each learner is enrolled in three courses of their paths and has started them.
      const next = random(7);
      let facts: object[] = [];
      let factIndex = 0;
      const flush = async () => {
        await call(bench.app, {
          method: 'POST',
          url: '/api/v1/facts',
          headers: bench.service,
          payload: { facts },
        });
        facts = [];
      };
      for (const username of usernames) {
        for (const course of shuffled(courses, next).slice(0, 3))
          facts.push({
            user: username,
            course,
            enrolled: true,
            completion: round3(next()),
            time: new Date(FACTS_START + factIndex++ * 250).toISOString(),
          });
        if (facts.length >= 5_000) await flush();
      }
      if (facts.length > 0) await flush();

      const sampleAnswer = await call<{ items: { type: string }[]; total: number }>(bench.app, {
        method: 'GET',
        url: '/api/v1/me/learning',
        headers: { authorization: `Bearer ${tokens[0]}` },
      });
      const paths = sampleAnswer.items.filter((item) => item.type === 'path').length;
      if (paths !== 3 || sampleAnswer.total < 6)
        throw new Error(
          `me/learning answered ${paths} paths and ${sampleAnswer.total} items; expected 3 and at least 6`,
        );

      const tokensFile = join(folder, 'tokens.txt');
      writeFileSync(tokensFile, shuffled(tokens, random(11)).join('\n'));
      await bench.app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = bench.app.server.address() as AddressInfo;
      const load = (route: string, seconds: number) =>
        runLoad({ url: `http://127.0.0.1:${port}${route}`, tokensFile, connections: CONNECTIONS, seconds });
      log(
        `learning: warming up (${WARMUP_SECONDS} s a route), then ${SECONDS} s a route, ${CONNECTIONS} connections`,
      );
      if (WARMUP_SECONDS > 0) {
        await load('/healthz', WARMUP_SECONDS);
        await load('/api/v1/me/learning', WARMUP_SECONDS);
      }
      const { value: health, cpuSeconds: healthCpu } = await timed(() => load('/healthz', SECONDS));
      statements.reset();
      const before = statements.count();
      const { value: learning, cpuSeconds: learningCpu } = await profiled('me-learning', () =>
        timed(() => load('/api/v1/me/learning', SECONDS)),
      );
      const perRequest = (statements.count() - before) / learning.completed;
      printStatements('learning', statements, SECONDS, learning.completed, true);
      for (const [route, result] of [
        ['/healthz', health],
        ['/api/v1/me/learning', learning],
      ] as const)
        if (result.failed > 0 || result.completed === 0)
          throw new Error(`${route}: ${result.failed} failed requests of ${result.completed}`);

      const enrollments = READ_LEARNERS * PATHS.length;
      const ratio = learning.requestsPerSecond / health.requestsPerSecond;
      const settings = `${CONNECTIONS} connections, ${SECONDS} s, a different learner's token each request`;
      const dataset = `${number(READ_LEARNERS)} learners × 3 paths = ${number(enrollments)} enrollments, + 3 courses each`;
      rows.push({
        measurement: '3. GET /api/v1/me/learning over HTTP (autocannon in another process)',
        database: 'SQLite',
        size: `${dataset}; ${settings} (${perRequest.toFixed(1)} SQL statements a request)`,
        result: `**${number(learning.requestsPerSecond)} req/s, p99 ${learning.p99.toFixed(0)} ms** (p50 ${learning.p50.toFixed(1)} ms; server CPU ${cpuPerRequest(learningCpu, learning)} µs a request)`,
        target: 'p99 < 50 ms',
        met: learning.p99 < 50,
      });
      rows.push({
        measurement: '3. GET /healthz, same server, same settings, same run',
        database: 'SQLite',
        size: settings,
        result: `${number(health.requestsPerSecond)} req/s, p99 ${health.p99.toFixed(0)} ms (p50 ${health.p50.toFixed(1)} ms; server CPU ${cpuPerRequest(healthCpu, health)} µs a request)`,
        target: '—',
        met: null,
      });
      rows.push({
        measurement: '3. me/learning ÷ healthz throughput',
        database: 'SQLite',
        size: '',
        result: `**${(ratio * 100).toFixed(0)}%**`,
        target: '≥ 40%',
        met: ratio >= 0.4,
      });
    } finally {
      await bench.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
}

// The run ---------------------------------------------------------------------------------------

const started = performance.now();
// Other work on the machine slows every case: the load average says how busy it was.
const loadBefore = loadavg()[0]!;
if (ONLY.has('enroll')) await bulkEnroll();
if (ONLY.has('facts')) {
  await factUpdates('sqlite');
  if (BENCH_PLUGINS.length > 0) await factUpdates('sqlite', BENCH_PLUGINS);
  if (SKIP_POSTGRES) log('facts: PostgreSQL skipped (BENCH_SKIP_POSTGRES)');
  else if (await postgresAnswers()) await factUpdates('postgres');
  else {
    log('facts: PostgreSQL does not answer; its case is skipped');
    rows.push({
      measurement: '2. facts',
      database: 'PostgreSQL',
      size: '',
      result: 'skipped: the server does not answer',
      target: '—',
      met: null,
    });
  }
}
if (ONLY.has('learning')) await myLearningUnderLoad();
const minutes = (performance.now() - started) / 60_000;

const cpu = cpus();
console.log(
  `\n${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}, ${process.platform}; load average ${loadBefore.toFixed(1)} before the run, ${loadavg()[0]!.toFixed(1)} after; whole run ${minutes.toFixed(1)} min\n`,
);
if (SQLITE_PRAGMAS.length > 0)
  console.log(
    `SQLite connection changed for this run (BENCH_SQLITE_PRAGMAS): ${SQLITE_PRAGMAS.join(', ')}\n`,
  );
console.log('| measurement | database | size | result | target | met |');
console.log('|---|---|---|---|---|:-:|');
for (const row of rows)
  console.log(
    `| ${row.measurement} | ${row.database} | ${row.size} | ${row.result} | ${row.target} | ${row.met === null ? '' : row.met ? 'yes' : '**no**'} |`,
  );
