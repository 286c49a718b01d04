// What changed between two definitions (two published versions, or the last version and the
// draft), node by node and tier by tier, matched by id: added, removed, moved to another group,
// reordered, or with changed fields. The history panel turns these into sentences.
import { isStep, type PathDefinition } from '@learning-paths/core';
import { nodeEntries, nodeTitle, type NodeEntry } from '../state/node-tree.ts';
import { canonicalJson } from '../state/same-definition.ts';

export type Change =
  | { readonly kind: 'path-changed'; readonly fields: readonly string[] }
  | { readonly kind: 'node-added' | 'node-removed'; readonly id: string; readonly title: string }
  | { readonly kind: 'node-moved'; readonly id: string; readonly title: string; readonly to: string }
  | {
      readonly kind: 'node-changed';
      readonly id: string;
      readonly title: string;
      readonly fields: readonly string[];
    }
  | { readonly kind: 'children-reordered'; readonly id: string; readonly title: string }
  | { readonly kind: 'tier-added' | 'tier-removed'; readonly id: string; readonly title: string }
  | {
      readonly kind: 'tier-changed';
      readonly id: string;
      readonly title: string;
      readonly fields: readonly string[];
    }
  | { readonly kind: 'tiers-reordered' };

/** The fields whose values differ, in a stable order; `skip` are compared elsewhere. */
function changedFields(before: object, after: object, skip: readonly string[]): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields]
    .filter((field) => !skip.includes(field))
    .filter(
      (field) =>
        canonicalJson((before as Record<string, unknown>)[field]) !==
        canonicalJson((after as Record<string, unknown>)[field]),
    )
    .sort();
}

/** The ids in `a` that are also in `b`, in the order of `a`. */
const common = (a: readonly string[], b: ReadonlySet<string>) => a.filter((id) => b.has(id));

function childIds(entry: NodeEntry): string[] {
  return isStep(entry.node) ? [] : entry.node.children.map((child) => child.id);
}

function nodeChanges(before: PathDefinition, after: PathDefinition): Change[] {
  const old = new Map(nodeEntries(before).map((entry) => [entry.node.id, entry]));
  const now = nodeEntries(after);
  const current = new Map(now.map((entry) => [entry.node.id, entry]));
  const changes: Change[] = [];
  for (const entry of now) {
    const { id } = entry.node;
    const title = nodeTitle(entry.node);
    const previous = old.get(id);
    if (!previous) {
      changes.push({ kind: 'node-added', id, title });
      continue;
    }
    if (previous.parentId !== entry.parentId && entry.parentId !== null)
      changes.push({ kind: 'node-moved', id, title, to: nodeTitle(current.get(entry.parentId)!.node) });
    const fields = changedFields(previous.node, entry.node, ['id', 'children']);
    if (fields.length > 0) changes.push({ kind: 'node-changed', id, title, fields });
    const kept = new Set(childIds(previous));
    const stayed = new Set(common(childIds(entry), kept));
    if (common(childIds(previous), stayed).join() !== [...stayed].join())
      changes.push({ kind: 'children-reordered', id, title });
  }
  for (const [id, entry] of old)
    if (!current.has(id)) changes.push({ kind: 'node-removed', id, title: nodeTitle(entry.node) });
  return changes;
}

function tierChanges(before: PathDefinition, after: PathDefinition): Change[] {
  const old = new Map((before.tiers ?? []).map((tier) => [tier.id, tier]));
  const now = after.tiers ?? [];
  const changes: Change[] = [];
  for (const tier of now) {
    const previous = old.get(tier.id);
    const title = tier.title || tier.id;
    if (!previous) changes.push({ kind: 'tier-added', id: tier.id, title });
    else {
      const fields = changedFields(previous, tier, ['id']);
      if (fields.length > 0) changes.push({ kind: 'tier-changed', id: tier.id, title, fields });
    }
  }
  const ids = new Set(now.map((tier) => tier.id));
  for (const [id, tier] of old)
    if (!ids.has(id)) changes.push({ kind: 'tier-removed', id, title: tier.title || id });
  const kept = common([...old.keys()], ids);
  if (kept.join() !== common([...ids], new Set(kept)).join()) changes.push({ kind: 'tiers-reordered' });
  return changes;
}

/** Everything that changed from `before` to `after`: the path's own fields, then nodes, then tiers. */
export function diffDefinitions(before: PathDefinition, after: PathDefinition): Change[] {
  const fields = changedFields(before, after, ['requirements', 'tiers']);
  return [
    ...(fields.length > 0 ? [{ kind: 'path-changed' as const, fields }] : []),
    ...nodeChanges(before, after),
    ...tierChanges(before, after),
  ];
}
