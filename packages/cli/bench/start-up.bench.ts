// `npm run bench:start-up`: how long `learning-paths start` takes from spawn to its first 200 from
// /healthz on a fresh SQLite file, the CPU time it spent until then (which other load on the
// machine does not inflate as much), and the server's resident memory one second later, run from
// the TypeScript sources through tsx (development) and from the compiled build (production), in
// turns. The npm script builds first; BENCH_RUNS changes the number of runs of each (5).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const POLL_MS = 20;
const SETTLE_MS = 1000;
const GIVE_UP_MS = 120_000;
/** Linux's USER_HZ: the unit of the CPU times in /proc/<pid>/stat. */
const CLOCK_TICKS_PER_SECOND = 100;

interface Variant {
  readonly name: string;
  readonly bin: string;
}

const VARIANTS: readonly Variant[] = [
  { name: 'tsx (sources)', bin: 'packages/cli/bin/learning-paths-dev.js' },
  { name: 'compiled (dist)', bin: 'packages/cli/bin/learning-paths.js' },
];

interface Sample {
  readonly startMs: number;
  readonly cpuMs: number;
  readonly rssMb: number;
}

/** A port nothing listens on now: the server gets it on its command line, so it can be polled from the start. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function answersOk(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).status === 200;
  } catch {
    return false; // not listening yet
  }
}

function residentMegabytes(pid: number): number {
  const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kilobytes) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kilobytes) / 1024;
}

/** User and system CPU time of the process so far (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMilliseconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function measure({ bin }: Variant): Promise<Sample> {
  const folder = mkdtempSync(join(tmpdir(), 'start-up-bench-'));
  const port = await freePort();
  const health = `http://127.0.0.1:${port}/healthz`;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [bin, 'start', '--port', String(port), '--database', join(folder, 'fresh.sqlite')],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  try {
    while (!(await answersOk(health))) {
      if (child.exitCode !== null) throw new Error(`${bin} exited with ${child.exitCode}: ${errors}`);
      if (performance.now() - started > GIVE_UP_MS)
        throw new Error(`${bin} gave no 200 from /healthz in time`);
      await sleep(POLL_MS);
    }
    const startMs = performance.now() - started;
    const cpuMs = cpuMilliseconds(child.pid!);
    await sleep(SETTLE_MS);
    return { startMs, cpuMs, rssMb: residentMegabytes(child.pid!) };
  } finally {
    await stop(child);
    rmSync(folder, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const samples = new Map<Variant, Sample[]>(VARIANTS.map((variant) => [variant, []]));
const format = ({ startMs, cpuMs, rssMb }: Sample) =>
  `start ${startMs.toFixed(0).padStart(5)} ms   CPU ${cpuMs.toFixed(0).padStart(5)} ms   RSS ${rssMb.toFixed(1).padStart(6)} MB`;

// In turns, so that whatever else the machine does weighs on both alike.
for (let run = 1; run <= RUNS; run++)
  for (const variant of VARIANTS) {
    const sample = await measure(variant);
    samples.get(variant)!.push(sample);
    console.log(`run ${run} ${variant.name.padEnd(16)} ${format(sample)}`);
  }

console.log(
  `\nmedians of ${RUNS} runs (start: spawn to the first 200 from /healthz, CPU: until then; RSS one second later)`,
);
for (const [variant, runs] of samples) {
  const middle = (field: (sample: Sample) => number) => median(runs.map(field));
  const sample = {
    startMs: middle((run) => run.startMs),
    cpuMs: middle((run) => run.cpuMs),
    rssMb: middle((run) => run.rssMb),
  };
  console.log(`${variant.name.padEnd(16)} ${format(sample)}`);
}
