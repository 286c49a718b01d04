// Each node's requirement in a few words, as its rule or criteria word it ("choose 2 of 3",
// "all 2 in order", "grade ≥ 70%"), so that a page can say what a part asks without knowing rules.
import { summarizeNode, type CompiledPath, type Wording } from '@learning-paths/core';

export function nodeSummaries(compiled: CompiledPath): Record<string, Wording> {
  const summaries: Record<string, Wording> = {};
  for (const node of compiled.nodes) summaries[node.id] = summarizeNode(node);
  return summaries;
}
