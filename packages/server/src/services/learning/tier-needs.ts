// What each tier not achieved yet still needs, in a learner's words: inside every part the tier
// misses (through the tiers it requires), the engine's `remaining` sentences for what can be done
// now, and the lock reason of each part that cannot be started yet; each with its message.
import {
  describeLock,
  type CompiledPath,
  type Message,
  type PathEvaluation,
  type RemainingItem,
} from '@learning-paths/core';

export interface TierNeed {
  /** The node the sentence is about. */
  readonly node: string;
  readonly text: string;
  /** The text as a message, absent when a plugin rule gave a plain string. */
  readonly message?: Message;
  /** True when the text says why the node is locked rather than what to do in it. */
  readonly locked: boolean;
}

export function tierNeeds(compiled: CompiledPath, evaluation: PathEvaluation): Record<string, TierNeed[]> {
  const remaining = new Map<string, RemainingItem>(evaluation.remaining.map((item) => [item.node, item]));
  const needs: Record<string, TierNeed[]> = {};

  /** The needs inside one node, in document order: stop at satisfied parts, locked parts and a group the rule speaks for. */
  const collect = (index: number, into: TierNeed[], seen: Set<number>) => {
    const node = compiled.nodes[index]!;
    const result = evaluation.nodes[node.id]!;
    if (seen.has(index) || result.satisfied) return;
    seen.add(index);
    if (result.status === 'locked') {
      into.push({ ...describeLock(compiled, node.id, result.lockedBy), node: node.id, locked: true });
      return;
    }
    const item = remaining.get(node.id);
    if (item !== undefined) into.push({ ...item, locked: false });
    else for (const child of node.children) collect(child, into, seen);
  };

  for (const tier of compiled.tiers) {
    if (evaluation.tiers[tier.id]!.achieved) continue;
    const into: TierNeed[] = [];
    const seen = new Set<number>();
    const missingOf = (id: string): void => {
      for (const missing of evaluation.tiers[id]?.missing ?? []) {
        const slot = compiled.slotOf.get(missing)!;
        if (slot < compiled.nodes.length) collect(slot, into, seen);
        else missingOf(missing);
      }
    };
    missingOf(tier.id);
    needs[tier.id] = into;
  }
  return needs;
}
