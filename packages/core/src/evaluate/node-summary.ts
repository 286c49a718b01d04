// What a node asks, in a few words, as its rule or criteria word it ("choose 2 of 3", "all 2 in
// order", "completion ≥ 80%, passed"): for outlines and editors, with the message to translate.
import { displayTitle } from '../definition/node-facts.ts';
import type { GroupNode } from '../definition/types.ts';
import { defaultRegistry } from '../registry/create-registry.ts';
import type { RuleRegistry } from '../registry/registry.ts';
import { listedWording, toWording, type Wording } from '../registry/wording.ts';
import { groupInfo, type CompiledNode } from './compile.ts';

/** A compiled node's requirement; a step's several criteria make message `lp.step.summary` { criteria }. */
export function summarizeNode(node: CompiledNode): Wording {
  if (node.rule) return toWording(node.rule.summarize(node.group, node.children.length));
  const parts = node.criteria.map((criterion, k) => toWording(criterion.summarize(node.criterionParams[k])));
  if (parts.length === 1) return parts[0]!;
  const text = parts.map((part) => part.text).join(', ');
  return listedWording(text, 'lp.step.summary', 'criteria', parts);
}

/** A group's rule in a few words, even in a draft being edited; undefined when no rule has its name. */
export function summarizeGroup(
  node: GroupNode,
  registry: RuleRegistry = defaultRegistry,
): Wording | undefined {
  const rule = registry.groupRule(node.rule);
  if (!rule) return undefined;
  return toWording(rule.summarize(groupInfo(node, rule, displayTitle(node)), node.children.length));
}
