// The plugin events a refresh of progress reports (refresh-progress.ts): for each learner and path,
// the steps completed now that were not before, the tiers achieved for the first time, and the path
// completed, and the steps unlocked by the change. "Before" is the stored progress (its version and tiers) and the facts before the change;
// a learner evaluated for the first time (just enrolled) reports everything already done, but no
// unlocking: what is open at enrollment was never locked for them. Only
// called when some plugin listens to one of these types, as it evaluates each learner once more.
import type { CompiledPath, CourseFacts, PathEvaluation } from '@learning-paths/core';
import type { ProgressRecord } from '../../store/repositories/progress-repository.ts';
import type { Hooks, NewPluginEvent } from '../plugin-hooks.ts';

export const PROGRESS_EVENTS = [
  'step.completed',
  'step.unlocked',
  'tier.achieved',
  'path.completed',
] as const;

export interface ProgressChange {
  readonly stored: ProgressRecord | null;
  /** The stored version compiled and evaluated on the facts before the change; null when nothing was stored. */
  readonly before: { readonly path: CompiledPath; readonly courses: Record<string, CourseFacts> } | null;
  readonly path: CompiledPath;
  readonly evaluation: PathEvaluation;
  readonly record: ProgressRecord;
  readonly now: string;
}

const completedSteps = (path: CompiledPath, evaluation: PathEvaluation) =>
  path.nodes.flatMap((node) =>
    node.course !== null && evaluation.nodes[node.id]?.status === 'completed' ? [node.id] : [],
  );

const lockedSteps = (path: CompiledPath, evaluation: PathEvaluation) =>
  new Set(
    path.nodes.flatMap((node) =>
      node.course !== null && evaluation.nodes[node.id]?.status === 'locked' ? [node.id] : [],
    ),
  );

/** The events of one learner's change on one path, of the types some plugin listens to. */
export function progressEvents(hooks: Hooks, learner: string, change: ProgressChange): NewPluginEvent[] {
  const { stored, before, path, evaluation, record, now } = change;
  const pathKey = record.pathKey;
  const events: NewPluginEvent[] = [];
  const stepEvents = hooks.listens('step.completed') || hooks.listens('step.unlocked');
  const earlier = before && stepEvents ? before.path.evaluate({ now, courses: before.courses }) : null;
  if (hooks.listens('step.completed')) {
    const done = new Set(before && earlier ? completedSteps(before.path, earlier) : []);
    for (const step of completedSteps(path, evaluation))
      if (!done.has(step)) events.push({ type: 'step.completed', learner, data: { pathKey, learner, step } });
  }
  if (hooks.listens('step.unlocked') && before && earlier) {
    const wasLocked = lockedSteps(before.path, earlier);
    const stillLocked = lockedSteps(path, evaluation);
    for (const step of wasLocked)
      if (!stillLocked.has(step) && path.nodes.some((node) => node.id === step))
        events.push({ type: 'step.unlocked', learner, data: { pathKey, learner, step } });
  }
  if (hooks.listens('tier.achieved'))
    for (const tier of record.achievedTiers)
      if (!stored?.achievedTiers.includes(tier))
        events.push({ type: 'tier.achieved', learner, data: { pathKey, learner, tier } });
  if (hooks.listens('path.completed') && record.status === 'completed' && stored?.status !== 'completed')
    events.push({ type: 'path.completed', learner, data: { pathKey, learner } });
  return events;
}
