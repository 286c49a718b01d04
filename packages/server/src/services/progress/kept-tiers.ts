// A tier a learner has achieved is never taken back, not by a new version nor by a lower grade:
// these functions merge what was achieved before into a fresh evaluation.
import type { CompiledPath, PathEvaluation } from '@learning-paths/core';
import type { ProgressStatus } from '../../domain/progress.ts';

/** The tiers achieved before, followed by those achieved for the first time now. */
export function mergeAchieved(before: readonly string[], evaluation: PathEvaluation): string[] {
  const achieved = [...before];
  for (const [id, tier] of Object.entries(evaluation.tiers))
    if (tier.achieved && !achieved.includes(id)) achieved.push(id);
  return achieved;
}

/** The last tier, in the path's order, that is achieved now or was before (as the engine picks it). */
export function currentTierOf(compiled: CompiledPath, achieved: readonly string[]): string | null {
  let current: string | null = null;
  for (const tier of compiled.tiers) if (achieved.includes(tier.id)) current = tier.id;
  return current;
}

/** The evaluation with every earlier achievement shown as achieved. */
export function withKeptTiers(
  compiled: CompiledPath,
  evaluation: PathEvaluation,
  achieved: readonly string[],
): PathEvaluation {
  const kept = achieved.filter((id) => evaluation.tiers[id] && !evaluation.tiers[id].achieved);
  if (kept.length === 0) return evaluation;
  const tiers = { ...evaluation.tiers };
  for (const id of kept) tiers[id] = { achieved: true, progress: 1, missing: [] };
  return { ...evaluation, tiers, currentTier: currentTierOf(compiled, achieved) };
}

export function statusOf(evaluation: PathEvaluation): ProgressStatus {
  if (evaluation.completed) return 'completed';
  return evaluation.progress > 0 ? 'in_progress' : 'not_started';
}
