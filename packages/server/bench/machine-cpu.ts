// How busy the whole machine's CPUs were over a stretch of a benchmark: when they were all busy,
// more worker processes cannot go faster, whatever the code does.
import { cpus } from 'node:os';

function totals(): { idle: number; all: number } {
  let idle = 0;
  let all = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    all += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, all };
}

/** Starts measuring; the function returned gives the busy share of all cores since, 0 to 1. */
export function machineCpu(): () => number {
  const start = totals();
  return () => {
    const end = totals();
    const all = end.all - start.all;
    return all === 0 ? 0 : 1 - (end.idle - start.idle) / all;
  };
}
