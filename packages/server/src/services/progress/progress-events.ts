// The plugin events a refresh of progress reports (refresh-progress.ts): for each learner and path,
// the steps completed and unlocked by the change, the tiers achieved for the first time, and the path
// completed. "Before" is the stored progress: its version, tiers and steps' states (step-states.ts),
// so nothing is evaluated twice. A learner evaluated for the first time (just enrolled) reports
// everything already done, but no unlocking: what is open at enrollment was never locked for them.
import type { CompiledPath, PathEvaluation } from '@learning-paths/core';
import { readStepStates } from './step-states.ts';
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
  /** The stored version compiled, and its steps' states as stored; null when nothing was stored. */
  readonly before: { readonly path: CompiledPath; readonly stepStates: string | null } | null;
  readonly path: CompiledPath;
  readonly evaluation: PathEvaluation;
  readonly record: ProgressRecord;
}

/** The steps newly completed and newly unlocked: one pass over the course nodes, nothing allocated per node. */
function stepEvents(
  hooks: Hooks,
  learner: string,
  pathKey: string,
  change: ProgressChange,
  events: NewPluginEvent[],
): void {
  const { before, path, evaluation } = change;
  // Progress stored before step states were kept says nothing of its steps: that one change reports
  // none (the states are stored with it, for the next).
  if (before !== null && before.stepStates === null) return;
  const completing = hooks.listens('step.completed');
  // A learner evaluated for the first time has no "before": everything done is reported, no unlocking.
  const unlocking = hooks.listens('step.unlocked') && before !== null;
  if (!completing && !unlocking) return;
  const earlier = before ? readStepStates(before.path, before.stepStates!) : null;
  for (const node of path.nodes) {
    if (node.course === null) continue;
    const status = evaluation.nodes[node.id]?.status;
    const was = earlier?.get(node.id);
    const step = node.id;
    if (completing && status === 'completed' && was !== 'c')
      events.push({ type: 'step.completed', learner, data: { pathKey, learner, step } });
    if (unlocking && was === 'l' && status !== 'locked' && status !== undefined)
      events.push({ type: 'step.unlocked', learner, data: { pathKey, learner, step } });
  }
}

/** The events of one learner's change on one path, of the types some plugin listens to. */
export function progressEvents(hooks: Hooks, learner: string, change: ProgressChange): NewPluginEvent[] {
  const { stored, record } = change;
  const pathKey = record.pathKey;
  const events: NewPluginEvent[] = [];
  stepEvents(hooks, learner, pathKey, change, events);
  if (hooks.listens('tier.achieved'))
    for (const tier of record.achievedTiers)
      if (!stored?.achievedTiers.includes(tier))
        events.push({ type: 'tier.achieved', learner, data: { pathKey, learner, tier } });
  if (hooks.listens('path.completed') && record.status === 'completed' && stored?.status !== 'completed')
    events.push({ type: 'path.completed', learner, data: { pathKey, learner } });
  return events;
}
