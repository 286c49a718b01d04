// Edits of a definition's tiers, as pure functions: a new tier, add, update, reorder and remove (with every
// reference to the removed tier). Renaming a tier's id is `renameId` in tree-edits.ts.
import type { PathDefinition, Tier } from '@learning-paths/core';
import { uniqueId } from './node-tree.ts';
import { rewriteReferences, withFields } from './references.ts';

function withTiers(definition: PathDefinition, tiers: readonly Tier[]): PathDefinition {
  return withFields(definition, { tiers: tiers.length > 0 ? tiers : undefined });
}

/** An empty tier; its title and requirements are the author's to fill. */
export function newTier(definition: PathDefinition): Tier {
  return { id: uniqueId(definition, 'tier'), title: '', requires: [] };
}

/** Adds a tier at the end (an empty one unless given). */
export function addTier(definition: PathDefinition, tier: Tier = newTier(definition)): PathDefinition {
  return withTiers(definition, [...(definition.tiers ?? []), tier]);
}

export function updateTier(
  definition: PathDefinition,
  id: string,
  patch: Readonly<Record<string, unknown>>,
): PathDefinition {
  return withTiers(
    definition,
    (definition.tiers ?? []).map((tier) => (tier.id === id ? withFields(tier, patch) : tier)),
  );
}

/** Moves a tier up (-1) or down (+1); the order decides which tier is the learner's current one. */
export function moveTier(definition: PathDefinition, id: string, delta: number): PathDefinition {
  const tiers = [...(definition.tiers ?? [])];
  const index = tiers.findIndex((tier) => tier.id === id);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= tiers.length) return definition;
  tiers.splice(target, 0, ...tiers.splice(index, 1));
  return withTiers(definition, tiers);
}

export function removeTier(definition: PathDefinition, id: string): PathDefinition {
  const without = withTiers(
    definition,
    (definition.tiers ?? []).filter((tier) => tier.id !== id),
  );
  return rewriteReferences(without, (reference) => (reference === id ? null : reference));
}
