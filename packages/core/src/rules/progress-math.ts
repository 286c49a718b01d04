// The two ways built-in group rules combine their children's progress.
import type { ChildOutcome } from '../registry/types.ts';

/** Weighted mean of the children's progress: 1 exactly when every child is at 1. */
export function weightedMeanProgress(children: readonly ChildOutcome[]): number {
  let total = 0;
  let weights = 0;
  for (const child of children) {
    total += child.weight * child.progress;
    weights += child.weight;
  }
  return weights > 0 ? total / weights : 0;
}

/**
 * How much of a target the best children cover: each child offers `capacity(child)` units (1 for a
 * count, its credits for a credit total), each unit worth the child's progress; the most advanced
 * children are taken first until the target is covered. This is the optimum of a fractional
 * knapsack, so it never decreases when any child advances, and it reaches 1 only when satisfied
 * children alone cover the target.
 */
export function bestCoverageProgress(
  children: readonly ChildOutcome[],
  capacity: (child: ChildOutcome) => number,
  target: number,
): number {
  if (target <= 0) return 1;
  const byProgress = [...children].sort((a, b) => b.progress - a.progress);
  let covered = 0;
  let earned = 0;
  for (const child of byProgress) {
    const take = Math.min(capacity(child), target - covered);
    if (take <= 0) continue;
    covered += take;
    earned += take * child.progress;
    if (covered >= target) break;
  }
  return earned / target;
}
