// Where a learner stands on a path, in one step: working on it, waiting for it to open, kept out by
// its ended course, not started, or done. Derived from the stored progress (status, step states,
// suggested next steps) and today's course dates through core's schedule, so that a whole page of
// learners, or every group of learners sharing a state, costs no evaluation and no facts.
import type { CompiledPath, PathSchedule } from '@learning-paths/core';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';
import type { ProgressStatus } from '../../domain/progress.ts';
import { readStepStates } from './step-states.ts';
import { storedSchedule } from './step-catalog.ts';

export const STEP_POSITIONS = ['working', 'waiting', 'ended', 'notStarted', 'completed'] as const;
export type StepPosition = (typeof STEP_POSITIONS)[number];

/** Why a waiting learner cannot take their step yet. */
export const WAITING_REASONS = ['courseStart', 'releaseDate', 'locked'] as const;
export type WaitingReason = (typeof WAITING_REASONS)[number];

export interface CurrentStep {
  readonly kind: StepPosition;
  /** The step in question; null when completed, or not started on a path with nothing open. */
  readonly stepId: string | null;
  readonly stepTitle: string | null;
  /** Waiting only: what it waits for; null otherwise. */
  readonly waitingOn: WaitingReason | null;
  /** Waiting: when the step opens (null when unknown); ended: when its course ended; else null. */
  readonly date: string | null;
}

/** What is stored of a learner's progress on a path; version null before the first evaluation. */
export interface StoredPosition {
  readonly status: ProgressStatus;
  readonly stepStates: string | null;
  readonly next: readonly string[];
}

const NOTHING: CurrentStep = {
  kind: 'notStarted',
  stepId: null,
  stepTitle: null,
  waitingOn: null,
  date: null,
};

export function currentStep(
  path: CompiledPath | undefined,
  stored: StoredPosition,
  catalog: ReadonlyMap<string, CourseRecord>,
  now: string,
): CurrentStep {
  return storedPosition(path, stored, catalog, now).step;
}

/**
 * The current step, and the steps whose ended course keeps the learner from completing the path
 * (empty when none), from one schedule of the stored progress.
 */
export function storedPosition(
  path: CompiledPath | undefined,
  stored: StoredPosition,
  catalog: ReadonlyMap<string, CourseRecord>,
  now: string,
): { readonly step: CurrentStep; readonly blockedBy: readonly string[] } {
  if (stored.status === 'completed') return { step: { ...NOTHING, kind: 'completed' }, blockedBy: [] };
  // No progress computed yet (or kept before step states were): nothing to say beyond not started.
  if (!path || stored.stepStates === null) return { step: NOTHING, blockedBy: [] };
  const states = readStepStates(path, stored.stepStates);
  const schedule = storedSchedule(
    path,
    { satisfied: (id) => states.get(id) === 'c', next: stored.next },
    catalog,
    now,
  );
  return { step: stepOf(path, stored, states, schedule, catalog, now), blockedBy: schedule.blockedBy };
}

function stepOf(
  path: CompiledPath,
  stored: StoredPosition,
  states: ReturnType<typeof readStepStates>,
  schedule: PathSchedule,
  catalog: ReadonlyMap<string, CourseRecord>,
  now: string,
): CurrentStep {
  const step = (kind: StepPosition, id: string, extra: Partial<CurrentStep> = {}): CurrentStep => ({
    ...NOTHING,
    kind,
    stepId: id,
    stepTitle: path.titleOf(id),
    ...extra,
  });
  const runOf = (id: string) => {
    const course = schedule.courses?.[id] ?? path.nodes.find((node) => node.id === id)?.course;
    return course ? catalog.get(course) : undefined;
  };
  const blocked = schedule.blockedBy[0];
  if (blocked !== undefined) return step('ended', blocked, { date: runOf(blocked)?.endsAt ?? null });
  const open = schedule.next[0];
  if (open !== undefined) return step(stored.status === 'not_started' ? 'notStarted' : 'working', open);
  // Suggested steps whose courses have not started: the one opening first.
  if (schedule.opensAt !== null) {
    const first = stored.next.find((id) => (runOf(id)?.startsAt ?? null) === schedule.opensAt)!;
    return step('waiting', first, { waitingOn: 'courseStart', date: schedule.opensAt });
  }
  // Nothing can be taken: the first locked step, held by a release date or by what it requires.
  const locked = path.nodes.find((node) => node.course !== null && states.get(node.id) === 'l');
  if (!locked) return NOTHING;
  const release = releaseOf(path, locked.index, Date.parse(now));
  return release === null
    ? step('waiting', locked.id, { waitingOn: 'locked' })
    : step('waiting', locked.id, { waitingOn: 'releaseDate', date: release });
}

/** The latest release date still ahead on the node or any group around it; null when none is. */
function releaseOf(path: CompiledPath, index: number, now: number): string | null {
  let latest = Number.NaN;
  for (let at = index; at >= 0; at = path.nodes[at]!.parent) {
    const from = path.nodes[at]!.availableFrom;
    if (from > now && !(from <= latest)) latest = from;
  }
  return Number.isNaN(latest) ? null : new Date(latest).toISOString();
}
