// Each node's requirement in a few words, as its rule or criteria word it ("choose 2 of 3",
// "all 2 in order", "grade ≥ 70%"), so that a page can say what a part asks without knowing rules.
import type { CompiledPath } from '@learning-paths/core';

export function nodeSummaries(compiled: CompiledPath): Record<string, string> {
  const summaries: Record<string, string> = {};
  for (const node of compiled.nodes)
    summaries[node.id] = node.rule
      ? node.rule.summarize(node.group, node.children.length)
      : node.criteria.map((criterion, k) => criterion.summarize(node.criterionParams[k])).join(', ');
  return summaries;
}
