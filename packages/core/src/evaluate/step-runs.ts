// Which run of its course each step sends a learner to (spec section 1, `run`). A step of an exact
// run names it; a step that follows its course keeps the learner on the run they took while it
// still counts, and otherwise picks the run open now, else the next one to start.
import type { CompiledStructure } from './compile.ts';
import { runState, type CourseRun } from './course-schedule.ts';

/** A run as the catalog lists it: its key and dates. */
export interface CatalogRun extends CourseRun {
  readonly key: string;
}

/**
 * The run to join now: of those running, the one that started last; else the next to start; else
 * undefined (every run has ended, or there are none).
 */
export function currentRun(runs: readonly CatalogRun[], now: number): CatalogRun | undefined {
  let open: CatalogRun | undefined;
  let upcoming: CatalogRun | undefined;
  for (const run of runs) {
    const state = runState(run, now);
    if (state === 'open' && (open === undefined || startOf(run) > startOf(open))) open = run;
    if (state === 'upcoming' && (upcoming === undefined || startOf(run) < startOf(upcoming))) upcoming = run;
  }
  return open ?? upcoming;
}

function startOf(run: CourseRun): number {
  return run.startsAt === null ? Number.NEGATIVE_INFINITY : Date.parse(run.startsAt);
}

/** What the choice reads of a learner: the runs that counted (`evaluation.runs`) and what is satisfied. */
export interface StepRunsInput {
  readonly runs?: Readonly<Record<string, string>>;
  readonly satisfied: (stepId: string) => boolean;
}

/**
 * The run each step that follows its course sends the learner to, by step id (steps of an exact
 * run are left out: theirs is `course`). The learner's own run stays while it satisfied the step
 * or has not ended; otherwise the current run of the course; failing that, the learner's run or
 * the one the step names.
 */
export function stepRuns(
  path: CompiledStructure,
  learner: StepRunsInput,
  runsOf: (course: string) => readonly CatalogRun[],
  now: string | number | Date,
): Record<string, string> {
  const time = typeof now === 'number' ? now : new Date(now).getTime();
  const chosen: Record<string, string> = {};
  for (const node of path.nodes) {
    if (node.follows === null || node.course === null) continue;
    const runs = runsOf(node.follows);
    const taken = learner.runs?.[node.id];
    const takenRun = taken === undefined ? undefined : runs.find((run) => run.key === taken);
    const keepTaken =
      taken !== undefined &&
      (learner.satisfied(node.id) || takenRun === undefined || runState(takenRun, time) !== 'ended');
    chosen[node.id] = keepTaken ? taken : (currentRun(runs, time)?.key ?? taken ?? node.course);
  }
  return chosen;
}
