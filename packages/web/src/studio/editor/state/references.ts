// References between nodes and tiers (a node's `prerequisites`, a tier's `requires`), rewritten
// together when an id is renamed or removed, so that no edit leaves a dangling reference behind.
import { isStep, type PathDefinition, type PathNode } from '@learning-paths/core';

/** Maps every reference through `rewrite`: a new id renames it, null drops it. */
export function rewriteReferences(
  definition: PathDefinition,
  rewrite: (id: string) => string | null,
): PathDefinition {
  const rewriteList = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const next = rewrite(id);
      return next === null ? [] : [next];
    });
  const visit = (node: PathNode): PathNode => {
    let next: PathNode = node;
    if (node.prerequisites) {
      const prerequisites = rewriteList(node.prerequisites);
      next = withFields(node, { prerequisites: prerequisites.length > 0 ? prerequisites : undefined });
    }
    return isStep(next) ? next : { ...next, children: next.children.map(visit) };
  };
  return {
    ...definition,
    requirements: visit(definition.requirements),
    ...(definition.tiers
      ? { tiers: definition.tiers.map((tier) => ({ ...tier, requires: rewriteList(tier.requires) })) }
      : {}),
  };
}

/** A copy of `target` with the fields of `patch` set, an undefined value removing the field. */
export function withFields<T extends object>(target: T, patch: Readonly<Record<string, unknown>>): T {
  const next = { ...target } as Record<string, unknown>;
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) delete next[field];
    else next[field] = value;
  }
  return next as T;
}
