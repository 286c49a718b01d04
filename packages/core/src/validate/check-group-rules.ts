// Validation pass 3: each group's rule checks its own parameters against its children
// (an atLeast count larger than the group, credits the children cannot reach).
import { displayTitle, resolvedCredits, resolvedWeight } from '../definition/node-facts.ts';
import { joinPointer, problemAt, type Problem } from '../problems.ts';
import type { RuleRegistry } from '../registry/registry.ts';
import type { ChildInfo } from '../registry/types.ts';
import type { NodeRecord } from './node-records.ts';

export function checkGroupRules(
  nodes: readonly NodeRecord[],
  registry: RuleRegistry,
  problems: Problem[],
): void {
  // Records are in pre-order, so walking them backwards meets children before their parents.
  const credits = new Array<number>(nodes.length).fill(0);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const record = nodes[i]!;
    credits[i] = resolvedCredits(
      record.node.credits,
      record.kind === 'step',
      record.children.map((child) => credits[child]!),
    );
  }
  nodes.forEach((record) => {
    if (record.kind !== 'group' || !record.wellFormed) return;
    const rule = registry.groupRule(record.node.rule as string);
    if (!rule?.check) return;
    const children: ChildInfo[] = record.children.map((child) => ({
      id: String(nodes[child]!.node.id),
      title: displayTitle(nodes[child]!.node),
      weight: resolvedWeight(nodes[child]!.node.weight),
      credits: credits[child]!,
    }));
    const params = Object.fromEntries(Object.keys(rule.params).map((name) => [name, record.node[name]]));
    rule.check(
      { id: String(record.node.id), title: displayTitle(record.node), params },
      children,
      (field, words) =>
        problems.push(problemAt(field === null ? record.pointer : joinPointer(record.pointer, field), words)),
    );
  });
}
