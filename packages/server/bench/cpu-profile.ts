// With BENCH_CPU_PROFILE=<folder>, writes a V8 CPU profile of each measured phase only (not its setup) there.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

const folder = process.env.BENCH_CPU_PROFILE;

export async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!folder) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${name.replace(/[^A-Za-z0-9_-]+/g, '-')}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    console.error(`[bench:service] CPU profile of ${name}: ${file}`);
  }
}
