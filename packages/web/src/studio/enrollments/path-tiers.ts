// The tiers a learner of a path can be at, with their titles: those of the published definition in
// its order, then any other tier the progress summary counts (achieved under an earlier version).
import type { PathDefinition } from '@learning-paths/core';

export interface TierOption {
  readonly id: string;
  readonly title: string;
}

/** `none` (no tier yet) is left out: the screens name it themselves. */
export function pathTiers(definition: unknown, counted: Readonly<Record<string, number>>): TierOption[] {
  const defined = ((definition as PathDefinition | null)?.tiers ?? []).map(({ id, title }) => ({
    id,
    title,
  }));
  const known = new Set(defined.map((tier) => tier.id));
  const others = Object.keys(counted)
    .filter((id) => id !== 'none' && !known.has(id))
    .map((id) => ({ id, title: id }));
  return [...defined, ...others];
}

export const tierTitle = (tiers: readonly TierOption[], id: string): string =>
  tiers.find((tier) => tier.id === id)?.title ?? id;
