// `npm run bench:credentials`: the credentials plugin's speed targets (issue 16), on fresh SQLite
// databases it creates and removes:
//   1. from the fact that achieves a tier to the credential listed in GET /api/v1/me/credentials,
//      while an LMS streams facts about other learners (who achieve tiers too), p95 < 1 s;
//   2. the backfill of 10,000 tiers achieved before the plugin was loaded, in a process of its own
//      pinned to one core (taskset), killed part-way and started again: it goes on where it stopped
//      and issues each credential once, ≥ 100 credentials/s;
//   3. verifying a stored credential as anyone would (proof against the DID document, revocation
//      bit in the signed status list), p95 < 20 ms.
// Sizes: BENCH_SCALE (multiplies every size), BENCH_SAMPLES, BENCH_STREAM_LEARNERS, BENCH_BACKFILL.
// Progress goes to stderr, the table to stdout.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataAccess, migrateToLatest, openStore, type Store } from '@learning-paths/server';
import { learnerName, webPath } from '../../../packages/server/bench/fixtures.ts';
import {
  call,
  insertLearners,
  insertTokens,
  pathUrl,
  publishPaths,
  startApp,
} from '../../../packages/server/bench/setup.ts';
import { issuerLoader } from '../src/issuance/issuer.ts';
import { signedStatusList } from '../src/store/status-list-rows.ts';
import { verifyCredential } from '../src/signing/verify.ts';
import type { CredentialDatabase } from '../src/tables.ts';
import { backfillFinished, credentialCount } from './credential-count.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const size = (name: string, full: number) =>
  Math.max(1, Math.round(Number(process.env[name] ?? full * SCALE)));
const SAMPLES = size('BENCH_SAMPLES', 200);
const STREAM_LEARNERS = size('BENCH_STREAM_LEARNERS', 5_000);
const BACKFILL = size('BENCH_BACKFILL', 10_000);
const STREAM_BATCH = 500;
const VERIFICATIONS = 200;

const PLUGIN = fileURLToPath(new URL('..', import.meta.url));
/** The Front-end tier of the web path: its three courses passed, with the grades their steps ask. */
const FRONTEND_COURSES = [
  'course-v1:DemoU+WEB101+2026',
  'course-v1:DemoU+WEB102+2026',
  'course-v1:DemoU+WEB103+2026',
];
const WEB_COURSES = [...FRONTEND_COURSES, 'course-v1:DemoU+WEB151+2026', 'course-v1:DemoU+WEB190+2026'];

interface Row {
  readonly measurement: string;
  readonly size: string;
  readonly result: string;
  readonly target: string;
  readonly met: boolean;
}
const rows: Row[] = [];
const log = (text: string) => process.stderr.write(`bench:credentials: ${text}\n`);
const number = (value: number) => value.toLocaleString('en');
const percentile = (sorted: readonly number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)]!;

function passed(user: string, course: string) {
  return { user, course, time: new Date().toISOString(), completion: 1, grade: 0.9, passed: true };
}

/** A fresh SQLite file in a folder of its own, removed after `work`. */
async function withSqlite<T>(work: (file: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'lp-bench-credentials-'));
  try {
    return await work(join(folder, 'bench.sqlite'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// 1. Fact → credential listed, while facts stream ------------------------------------------------

async function factToListed(): Promise<void> {
  await withSqlite(async (file) => {
    const store = openStore(file);
    await migrateToLatest(store);
    const bench = await startApp(store, [PLUGIN]);
    try {
      await publishPaths(bench, [webPath]);
      const learners = STREAM_LEARNERS + SAMPLES;
      const ids = await insertLearners(store, learners);
      const usernames = ids.map((_, index) => learnerName(index));
      await call(bench.app, {
        method: 'POST',
        url: `${pathUrl(webPath.key)}/enrollments`,
        headers: bench.admin,
        payload: { learners: usernames, reason: 'benchmark cohort' },
      });
      const sampleTokens = await insertTokens(store, ids.slice(STREAM_LEARNERS));
      log(`1: ${number(learners)} learners enrolled; streaming facts, ${number(SAMPLES)} measured learners`);

      let streaming = true;
      let streamed = 0;
      const stream = (async () => {
        for (let round = 0; streaming; round++) {
          const facts = Array.from({ length: STREAM_BATCH }, (_, index) => {
            const learner = (round * STREAM_BATCH + index) % STREAM_LEARNERS;
            return passed(learnerName(learner), WEB_COURSES[(round + learner) % WEB_COURSES.length]!);
          });
          await call(bench.app, {
            method: 'POST',
            url: '/api/v1/facts',
            headers: bench.service,
            payload: { facts },
          });
          streamed += facts.length;
        }
      })();

      const latencies: number[] = [];
      const started = performance.now();
      for (let sample = 0; sample < SAMPLES; sample++) {
        const user = learnerName(STREAM_LEARNERS + sample);
        const learner = { authorization: `Bearer ${sampleTokens[sample]!}` };
        const sent = performance.now();
        await call(bench.app, {
          method: 'POST',
          url: '/api/v1/facts',
          headers: bench.service,
          payload: { facts: FRONTEND_COURSES.map((course) => passed(user, course)) },
        });
        for (;;) {
          const { items } = await call<{ items: unknown[] }>(bench.app, {
            method: 'GET',
            url: '/api/v1/me/credentials',
            headers: learner,
          });
          if (items.length > 0) break;
          if (performance.now() - sent > 30_000) throw new Error(`${user} has no credential after 30 s`);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        latencies.push(performance.now() - sent);
      }
      const seconds = (performance.now() - started) / 1000;
      streaming = false;
      await stream;
      latencies.sort((a, b) => a - b);
      const p95 = percentile(latencies, 0.95);
      rows.push({
        measurement: '1. fact achieving a tier → credential listed in GET /api/v1/me/credentials',
        size: `${number(SAMPLES)} learners one after another, while ${number(Math.round(streamed / seconds))} facts/s stream in (${STREAM_BATCH} a request) about ${number(STREAM_LEARNERS)} others`,
        result: `**p95 ${p95.toFixed(0)} ms** (p50 ${percentile(latencies, 0.5).toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms)`,
        target: 'p95 < 1 s',
        met: p95 < 1000,
      });
    } finally {
      await bench.close();
      await store.close();
    }
  });
}

// 2. Backfill, killed and resumed ----------------------------------------------------------------

/** 10,000 achieved tiers: half the learners hold both tiers of the web path, stored as the core does. */
async function seedAchievedTiers(file: string): Promise<void> {
  const store = openStore(file);
  try {
    await migrateToLatest(store);
    const bench = await startApp(store);
    await publishPaths(bench, [webPath]);
    await bench.close();
    const ids = await insertLearners(store, Math.ceil(BACKFILL / 2));
    const now = new Date().toISOString();
    const tiers = (index: number) => (index * 2 + 1 < BACKFILL ? ['frontend', 'developer'] : ['frontend']);
    const records = ids.map((userId, index) => ({
      userId,
      pathKey: webPath.key,
      version: 1,
      status: 'in_progress' as const,
      progress: 0.5,
      currentTier: tiers(index).at(-1)!,
      achievedTiers: tiers(index),
      next: [],
      stepStates: null,
      updatedAt: now,
    }));
    for (let start = 0; start < records.length; start += 1000)
      await dataAccess(store).progress.write(records.slice(start, start + 1000));
  } finally {
    await store.close();
  }
}

interface ProcessResult {
  readonly issued: number;
  readonly seconds: number;
  readonly finished: boolean;
}

/** A backfill process on one core; `killWhen` is polled every 200 ms and kills it when true. */
function backfillProcess(file: string, killWhen?: () => Promise<boolean>): Promise<ProcessResult | null> {
  const script = fileURLToPath(new URL('./backfill-process.ts', import.meta.url));
  const command = [process.execPath, '--import', 'tsx', '--conditions=source', script, file];
  const child = spawn('taskset', ['-c', '0', ...command], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const watching = killWhen
    ? setInterval(() => {
        // Before the process has migrated the plugin's tables, there is nothing to count.
        void killWhen()
          .catch(() => false)
          .then((kill) => kill && child.kill('SIGKILL'));
      }, 200)
    : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(watching);
      if (signal === 'SIGKILL') resolve(null);
      else if (code === 0) resolve(JSON.parse(output.trim().split('\n').at(-1)!) as ProcessResult);
      else reject(new Error(`the backfill process exited with ${code ?? signal}`));
    });
  });
}

async function backfillResumed(): Promise<void> {
  await withSqlite(async (file) => {
    log(`2: ${number(BACKFILL)} achieved tiers stored; a backfill process, killed at a third`);
    await seedAchievedTiers(file);
    const watcher = openStore(file);
    try {
      const killed = await backfillProcess(
        file,
        async () => (await credentialCount(watcher)) >= BACKFILL / 3,
      );
      if (killed) throw new Error('the first backfill process finished before it could be killed');
      const beforeResume = await credentialCount(watcher);
      log(`2: killed with ${number(beforeResume)} credentials issued; started again`);
      const resumed = await backfillProcess(file);
      const total = await credentialCount(watcher);
      const once =
        resumed !== null &&
        resumed.finished &&
        total === BACKFILL &&
        resumed.issued === BACKFILL - beforeResume;
      if (!once || !(await backfillFinished(watcher)))
        throw new Error(`the resumed backfill left ${total} credentials for ${BACKFILL} tiers`);
      const rate = resumed.issued / resumed.seconds;
      rows.push({
        measurement: '2. backfill of already-achieved tiers, one process on one core, killed and restarted',
        size: `${number(BACKFILL)} tiers; killed after ${number(beforeResume)}, the restart issued the other ${number(resumed.issued)} (each once)`,
        result: `**${number(Math.round(rate))} credentials/s** (${resumed.seconds.toFixed(1)} s for the rest)`,
        target: '≥ 100/s, resumable',
        met: rate >= 100,
      });
      await verification(watcher);
    } finally {
      await watcher.close();
    }
  });
}

// 3. Verification ----------------------------------------------------------------------------------

async function verification(store: Store): Promise<void> {
  const db = store.db as unknown as CredentialDatabase;
  const stored = await db
    .selectFrom('plugin_credentials')
    .select(['credential', 'status_list'])
    .limit(VERIFICATIONS)
    .execute();
  const did = (JSON.parse(stored[0]!.credential) as { issuer: { id: string } }).issuer.id;
  const times: number[] = [];
  for (const row of stored) {
    const started = performance.now();
    // As the verification page does: the issuer's keys and the signed list read from the database.
    const loader = await issuerLoader(db, did);
    const list = await signedStatusList(db, row.status_list);
    const result = await verifyCredential(JSON.parse(row.credential) as object, {
      loader,
      statusList: () => (list === null ? null : (JSON.parse(list) as object)),
    });
    if (!result.verified)
      throw new Error(`a stored credential does not verify: ${result.problems.join('; ')}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 0.95);
  rows.push({
    measurement:
      '3. verifying a stored credential: proof against the DID document, status bit in the signed list',
    size: `${number(times.length)} credentials, one after another, the first included`,
    result: `**p95 ${p95.toFixed(1)} ms** (p50 ${percentile(times, 0.5).toFixed(1)} ms)`,
    target: 'p95 < 20 ms',
    met: p95 < 20,
  });
}

const loadBefore = loadavg()[0]!;
const started = performance.now();
await factToListed();
await backfillResumed();
const cpu = cpus();
console.log(
  `\n${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, node ${process.version}; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after; ${((performance.now() - started) / 60_000).toFixed(1)} min\n`,
);
console.log('| measurement | size | result | target | met |');
console.log('|---|---|---|---|:-:|');
for (const row of rows)
  console.log(
    `| ${row.measurement} | ${row.size} | ${row.result} | ${row.target} | ${row.met ? 'yes' : '**no**'} |`,
  );
if (rows.some((row) => !row.met)) process.exitCode = 1;
