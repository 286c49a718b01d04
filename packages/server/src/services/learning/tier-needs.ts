// What each tier not achieved yet still needs, in a learner's words (core's needsOf): inside every
// part the tier misses, through the tiers it requires, what can be done now and why the rest is
// locked; each with its message.
import { needsOf, type CompiledPath, type Need, type PathEvaluation } from '@learning-paths/core';

export type TierNeed = Need;

export function tierNeeds(compiled: CompiledPath, evaluation: PathEvaluation): Record<string, TierNeed[]> {
  const needs: Record<string, TierNeed[]> = {};
  for (const tier of compiled.tiers) {
    if (evaluation.tiers[tier.id]!.achieved) continue;
    const missingNodes: number[] = [];
    const missingOf = (id: string): void => {
      for (const missing of evaluation.tiers[id]?.missing ?? []) {
        const slot = compiled.slotOf.get(missing)!;
        if (slot < compiled.nodes.length) missingNodes.push(slot);
        else missingOf(missing);
      }
    };
    missingOf(tier.id);
    needs[tier.id] = needsOf(compiled, evaluation, missingNodes);
  }
  return needs;
}
