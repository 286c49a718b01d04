// `npm run bench:engine`: evaluations per second of the spec's example path and of a generated
// 200-step path over 100,000 generated learners each, next to a floor loop that only reads every
// fact of the same learners once, and the generated path again with every step following its
// course (`run: current`), whose facts are matched to steps by course.
//
// Learners are generated and measured in chunks (10,000 by default, BENCH_CHUNK to change): with
// all 100,000 learners' facts in memory at once (1.5 GB of objects), every young-generation
// garbage collection in V8 slows down with the size of the old heap, a cost that falls on
// whatever allocates (the engine) and not on the floor loop, and that a service evaluating
// learners fetched from its database does not carry. BENCH_CHUNK=100000 measures that case too.
import { readFileSync } from 'node:fs';
import { compilePath } from '../src/index.ts';
import type { LearnerFacts } from '../src/facts/types.ts';
import type { PathDefinition } from '../src/definition/types.ts';
import { generateLargePath, generateLearners } from './generate.ts';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100_000);
const CHUNK = Math.min(LEARNERS, Number(process.env.BENCH_CHUNK ?? 10_000));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

interface Case {
  readonly name: string;
  readonly learners: (chunk: number) => readonly LearnerFacts[];
  readonly run: (learners: readonly LearnerFacts[]) => number;
}

function courseKeys(definition: PathDefinition): string[] {
  return JSON.stringify(definition).match(/course-v1:[^"]+/g) ?? [];
}

function floorLoop(learners: readonly LearnerFacts[]): number {
  let sum = 0;
  for (const learner of learners) {
    sum += typeof learner.now === 'string' ? learner.now.length : 0;
    for (const key in learner.courses) {
      const course = learner.courses[key]!;
      sum +=
        (course.completion ?? 0) + (course.grade ?? 0) + (course.passed ? 1 : 0) + (course.enrolled ? 1 : 0);
    }
  }
  return sum;
}

function evaluateAll(definition: PathDefinition): Case['run'] {
  const compiled = compilePath(definition);
  return (learners) => {
    let sum = 0;
    for (const learner of learners) sum += compiled.evaluate(learner).progress;
    return sum;
  };
}

/**
 * For each chunk of learners, runs every case in turns for several rounds and keeps each case's
 * fastest round; a case's time is the sum over chunks. Taking turns exposes every case to the
 * same drift of this shared machine, and the fastest round is the least disturbed one.
 */
function measure(cases: readonly Case[]): { name: string; ms: number }[] {
  const totals = cases.map((entry) => ({ name: entry.name, ms: 0 }));
  let checksum = 0;
  for (let chunk = 0; chunk * CHUNK < LEARNERS; chunk++) {
    const learners = cases.map((entry) => entry.learners(chunk));
    const best = cases.map(() => Infinity);
    for (let round = 0; round < ROUNDS; round++) {
      cases.forEach((entry, index) => {
        const start = process.hrtime.bigint();
        checksum += entry.run(learners[index]!);
        best[index] = Math.min(best[index]!, Number(process.hrtime.bigint() - start) / 1e6);
      });
    }
    best.forEach((ms, index) => (totals[index]!.ms += ms));
  }
  // Printing the checksum keeps the work observable, so that none of it can be optimized away.
  console.log(`checksum ${checksum.toFixed(3)}`);
  return totals;
}

const specPath = JSON.parse(
  readFileSync(new URL('../../../examples/data-science/path.json', import.meta.url), 'utf8'),
) as PathDefinition;
const largePath = generateLargePath();
const chunkSize = (chunk: number) => Math.min(CHUNK, LEARNERS - chunk * CHUNK);
// The floor reads the very learners of case (b): the same seed per chunk generates the same facts.
const largeLearners = (chunk: number) =>
  generateLearners(courseKeys(largePath), chunkSize(chunk), 2_000 + chunk);

/** The definition with every step following its course from run to run. */
function followingEveryCourse(definition: PathDefinition): PathDefinition {
  return JSON.parse(JSON.stringify(definition), (key: string, value: unknown) =>
    value !== null && typeof value === 'object' && 'course' in value ? { ...value, run: 'current' } : value,
  ) as PathDefinition;
}

const rows = measure([
  {
    name: '(a) spec example path (8 steps)',
    learners: (chunk) => generateLearners(courseKeys(specPath), chunkSize(chunk), 1_000 + chunk),
    run: evaluateAll(specPath),
  },
  { name: '(b) generated path (200 steps, 4 levels)', learners: largeLearners, run: evaluateAll(largePath) },
  { name: '(c) floor: read every fact of (b) once', learners: largeLearners, run: floorLoop },
  {
    name: '(d) (b) with every step following its course',
    learners: largeLearners,
    run: evaluateAll(followingEveryCourse(largePath)),
  },
]);

console.log(
  `node ${process.version}, ${LEARNERS.toLocaleString('en')} learners per case in chunks of ${CHUNK.toLocaleString('en')}, fastest of ${ROUNDS} rounds per chunk\n`,
);
console.log('| case | evaluations/s | µs/evaluation |');
console.log('|---|---:|---:|');
for (const row of rows) {
  const perSecond = Math.round((LEARNERS / row.ms) * 1000);
  console.log(
    `| ${row.name} | ${perSecond.toLocaleString('en')} | ${((row.ms * 1000) / LEARNERS).toFixed(2)} |`,
  );
}
const ratio = rows[1]!.ms / rows[2]!.ms;
const specRate = (LEARNERS / rows[0]!.ms) * 1000;
console.log(`\n(b) / (c) time ratio: ${ratio.toFixed(2)} (target ≤ 5)`);
console.log(`(a) evaluations/s: ${Math.round(specRate).toLocaleString('en')} (target ≥ 200,000)`);
console.log(
  `(d) / (b) time ratio: ${(rows[3]!.ms / rows[1]!.ms).toFixed(2)} (the cost of following courses)`,
);
