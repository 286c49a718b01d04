// A learner's path against its courses' dates (spec section 4, `schedule`): which steps' courses run
// now, have not started or have ended; which suggested steps can be taken now, or when the first
// opens; and whether the path can still be completed once ended courses can no longer be passed.
// Pure, like the evaluation: the caller gives the catalog's dates and the time.
import type { ChildOutcome } from '../registry/types.ts';
import type { CompiledStructure } from './compile.ts';
import type { PathEvaluation } from './types.ts';

/** Where a course's run stands: not started yet, running, or ended. */
export type RunState = 'open' | 'upcoming' | 'ended';

/** A course's run as the catalog has it; a null date is open-ended on that side. */
export interface CourseRun {
  readonly startsAt: string | null;
  readonly endsAt: string | null;
}

export interface PathSchedule {
  /** Each step whose course's dates are known: where its run stands. */
  readonly steps: Record<string, RunState>;
  /** The steps of `next` that can be taken now (their course runs, or its dates are unknown), in order. */
  readonly next: string[];
  /** When none of `next` can be taken now: the earliest start among those not started yet; else null. */
  readonly opensAt: string | null;
  /** False once the path needs a step whose course has ended unsatisfied, with no way around it. */
  readonly completable: boolean;
  /** The unsatisfied steps with an ended course that make the path impossible; empty when completable. */
  readonly blockedBy: string[];
  /** For steps that follow their course: the run each sends the learner to (its dates are in `steps`). */
  readonly courses?: Readonly<Record<string, string>>;
}

/** A learner's state the schedule reads: which steps are satisfied, and the evaluation's `next`. */
export interface ScheduleInput {
  readonly satisfied: (stepId: string) => boolean;
  readonly next: readonly string[];
  /** The run each step that follows its course sends the learner to (`stepRuns`); others use `course`. */
  readonly courses?: Readonly<Record<string, string>>;
}

/** Open-ended on either side when a date is null. */
export function runState(run: CourseRun, now: number): RunState {
  if (run.startsAt !== null && Date.parse(run.startsAt) > now) return 'upcoming';
  if (run.endsAt !== null && Date.parse(run.endsAt) < now) return 'ended';
  return 'open';
}

export function pathSchedule(
  path: CompiledStructure,
  learner: ScheduleInput,
  runOf: (courseKey: string) => CourseRun | undefined,
  now: string | number | Date,
): PathSchedule {
  const time = typeof now === 'number' ? now : new Date(now).getTime();
  const steps: Record<string, RunState> = {};
  const runs = new Map<string, CourseRun>();
  for (const node of path.nodes) {
    const course = learner.courses?.[node.id] ?? node.course;
    const run = course === null ? undefined : runOf(course);
    if (!run) continue;
    runs.set(node.id, run);
    steps[node.id] = runState(run, time);
  }
  const next = learner.next.filter((id) => steps[id] === undefined || steps[id] === 'open');
  const starts = learner.next.flatMap((id) => (steps[id] === 'upcoming' ? [runs.get(id)!.startsAt!] : []));
  const opensAt =
    next.length > 0 || starts.length === 0
      ? null
      : starts.reduce((earliest, start) => (Date.parse(start) < Date.parse(earliest) ? start : earliest));

  // Children first: a step can still be satisfied unless its course ended unsatisfied; a group
  // when its own rule holds with every child that still can counted as satisfied (rules grow with
  // their children, so this is the best the learner can still reach).
  const reachable = new Array<boolean>(path.nodes.length);
  for (let i = path.nodes.length - 1; i >= 0; i--) {
    const node = path.nodes[i]!;
    if (node.course !== null) {
      reachable[i] = steps[node.id] !== 'ended' || learner.satisfied(node.id);
      continue;
    }
    const outcomes: ChildOutcome[] = node.outcomes.map((outcome, k) => {
      const can = reachable[node.children[k]!]!;
      return { ...outcome, satisfied: can, progress: can ? 1 : 0, locked: false };
    });
    reachable[i] = node.rule!.isSatisfied(node.group, outcomes);
  }
  const blockedBy: string[] = [];
  const collect = (index: number) => {
    const node = path.nodes[index]!;
    if (reachable[index]) return;
    if (node.course !== null) blockedBy.push(node.id);
    else node.children.forEach(collect);
  };
  if (path.nodes.length > 0) collect(0);
  const schedule = { steps, next, opensAt, completable: blockedBy.length === 0, blockedBy };
  return learner.courses ? { ...schedule, courses: learner.courses } : schedule;
}

/** The schedule of an evaluation, added to it as its `schedule` field. */
export function withSchedule(
  path: CompiledStructure,
  evaluation: PathEvaluation,
  runOf: (courseKey: string) => CourseRun | undefined,
  now: string | number | Date,
  courses?: Readonly<Record<string, string>>,
): PathEvaluation {
  const satisfied = (id: string) => evaluation.nodes[id]?.satisfied === true;
  const input = { satisfied, next: evaluation.next, ...(courses ? { courses } : {}) };
  return { ...evaluation, schedule: pathSchedule(path, input, runOf, now) };
}
