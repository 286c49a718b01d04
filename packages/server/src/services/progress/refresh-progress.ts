// Re-evaluates the stored progress of some learners on some paths: the one place that turns facts
// into materialised progress. Callers say which enrollments a change can affect, so that a fact
// about one course re-evaluates only that learner's paths containing the course. What changed is
// reported to plugins listening (steps completed, tiers achieved, paths completed), in the same
// transaction (progress-events.ts).
import type { DataAccess } from '../../store/data-access.ts';
import type { StoredFacts } from '../../store/repositories/fact-repository.ts';
import { courseOfRun, type CompiledNode, type CompiledPath, type CourseFacts } from '@learning-paths/core';
import type { ProgressRecord, ProgressTarget } from '../../store/repositories/progress-repository.ts';
import type { CompiledPaths } from './compiled-paths.ts';
import { engineFacts } from './learner-facts.ts';
import { currentTierOf, mergeAchieved, statusOf } from './kept-tiers.ts';
import { NO_HOOKS, type Hooks, type NewPluginEvent } from '../plugin-hooks.ts';
import { PROGRESS_EVENTS, progressEvents, type ProgressChange } from './progress-events.ts';
import { stepStatesOf } from './step-states.ts';

export interface RefreshProgressOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly userIds: readonly number[];
  /** Only this path's enrollments. */
  readonly pathKey?: string;
  /** Only enrollments on paths that contain a course that changed for that user. */
  readonly changedCourses?: ReadonlyMap<number, ReadonlySet<string>>;
  /** The facts of the users when the caller has them already (all their courses). */
  readonly facts?: ReadonlyMap<number, ReadonlyMap<string, StoredFacts>>;
  /** The users' usernames when the caller has them already, for the events reported. */
  readonly usernames?: ReadonlyMap<number, string>;
  /** Where the changes are reported to plugins; NO_HOOKS when absent. */
  readonly hooks?: Hooks;
  readonly now: string;
}

const sameList = (one: readonly string[], other: readonly string[]) =>
  one.length === other.length && one.every((item, index) => item === other[index]);

/** Whether a fresh evaluation leaves the stored progress as it was (then it is not written again). */
function sameProgress(stored: ProgressRecord, fresh: ProgressRecord): boolean {
  return (
    stored.version === fresh.version &&
    stored.status === fresh.status &&
    stored.progress === fresh.progress &&
    stored.currentTier === fresh.currentTier &&
    sameList(stored.achievedTiers, fresh.achievedTiers) &&
    sameList(stored.next, fresh.next) &&
    stored.stepStates === fresh.stepStates
  );
}

/** In the transaction of the change it follows; returns how many (learner, path) records changed. */
export async function refreshProgressInTransaction({
  data,
  compiled,
  userIds,
  pathKey,
  changedCourses,
  facts,
  usernames,
  hooks = NO_HOOKS,
  now,
}: RefreshProgressOptions): Promise<number> {
  if (userIds.length === 0) return 0;
  const found = await data.progress.targets({ userIds, ...(pathKey === undefined ? {} : { pathKey }) });
  // Each version compiled once for the whole batch (found in the cache, or compiled on first use).
  const versions = new Map<string, CompiledPath>();
  for (const target of found) {
    const id = `${target.pathKey}@${target.version}`;
    if (!versions.has(id)) versions.set(id, await compiled.get(data.paths, target.pathKey, target.version));
  }
  const pathOf = (target: ProgressTarget) => versions.get(`${target.pathKey}@${target.version}`)!;
  // Of a learner's paths, only those containing a course that changed for them.
  const targets = changedCourses
    ? found.filter((target) => {
        const changed = changedCourses.get(target.userId)!;
        return pathOf(target).nodes.some((node) => node.course !== null && touches(node, changed));
      })
    : found;
  if (targets.length === 0) return 0;
  const factsOfUsers =
    facts ?? (await data.facts.ofUsers([...new Set(targets.map((target) => target.userId))]));
  const coursesOfUser = new Map<number, Record<string, CourseFacts>>();
  const records: ProgressRecord[] = [];
  // Only when a plugin listens: what changed is found against the stored progress and its steps' states.
  const reporting = PROGRESS_EVENTS.some((type) => hooks.listens(type));
  const changes: { userId: number; change: ProgressChange }[] = [];
  for (const target of targets) {
    const path = pathOf(target);
    let courses = coursesOfUser.get(target.userId);
    if (!courses) coursesOfUser.set(target.userId, (courses = engineFacts(factsOfUsers.get(target.userId))));
    const evaluation = path.evaluate({ now, courses });
    const achieved = mergeAchieved(target.stored?.achievedTiers ?? [], evaluation);
    const record: ProgressRecord = {
      userId: target.userId,
      pathKey: target.pathKey,
      version: target.version,
      status: statusOf(evaluation),
      progress: evaluation.progress,
      currentTier: currentTierOf(path, achieved),
      achievedTiers: achieved,
      next: evaluation.next,
      stepStates: stepStatesOf(path, evaluation),
      updatedAt: now,
    };
    if (!target.stored || !sameProgress(target.stored, record)) records.push(record);
    if (reporting) {
      const { stored } = target;
      const before = stored && {
        // Mostly the version it evaluated now, compiled already.
        path:
          stored.version === target.version
            ? path
            : await compiled.get(data.paths, target.pathKey, stored.version),
        stepStates: stored.stepStates,
      };
      changes.push({ userId: target.userId, change: { stored, before, path, evaluation, record } });
    }
  }
  await data.progress.write(records);
  if (reporting) await report(data, hooks, changes, usernames);
  return records.length;
}

/** The plugin events of these changes, written in the transaction. */
async function report(
  data: DataAccess,
  hooks: Hooks,
  changes: readonly { userId: number; change: ProgressChange }[],
  known: ReadonlyMap<number, string> = new Map(),
): Promise<void> {
  const missing = changes.flatMap(({ userId }) => (known.has(userId) ? [] : [userId]));
  const found = missing.length === 0 ? known : await data.users.usernamesOf(missing);
  const usernameOf = (userId: number) => known.get(userId) ?? found.get(userId)!;
  const events: NewPluginEvent[] = changes.flatMap(({ userId, change }) =>
    progressEvents(hooks, usernameOf(userId), change),
  );
  await hooks.emit(data, events);
}

/** Whether a step's course changed: its run, or for a step that follows its course, any run of it. */
function touches(node: CompiledNode, changed: ReadonlySet<string>): boolean {
  if (changed.has(node.course!)) return true;
  if (node.follows === null) return false;
  for (const run of changed) if (courseOfRun(run) === node.follows) return true;
  return false;
}
