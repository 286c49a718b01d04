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

// Scratch space for bestCoverageProgress, grown on demand: evaluation is synchronous, and this
// runs for every atLeast group of every learner, so it should not allocate.
let scratchProgress = new Float64Array(16);
let scratchCapacity = new Float64Array(16);

/**
 * How much of a target the best children cover: each child offers its capacity (1 unit towards a
 * count, or its credits towards a credit total), each unit worth the child's progress; the most
 * advanced children are taken first until the target is covered. This is the optimum of a
 * fractional knapsack, so it never decreases when any child advances, and it reaches 1 only when
 * satisfied children alone cover the target.
 */
export function bestCoverageProgress(
  children: readonly ChildOutcome[],
  by: 'count' | 'credits',
  target: number,
): number {
  if (target <= 0) return 1;
  const size = children.length;
  if (scratchProgress.length < size) {
    scratchProgress = new Float64Array(size * 2);
    scratchCapacity = new Float64Array(size * 2);
  }
  // Insertion sort by progress, most advanced first: groups are small.
  for (let i = 0; i < size; i++) {
    const child = children[i]!;
    const progress = child.progress;
    const capacity = by === 'count' ? 1 : child.credits;
    let j = i;
    while (j > 0 && scratchProgress[j - 1]! < progress) {
      scratchProgress[j] = scratchProgress[j - 1]!;
      scratchCapacity[j] = scratchCapacity[j - 1]!;
      j--;
    }
    scratchProgress[j] = progress;
    scratchCapacity[j] = capacity;
  }
  let covered = 0;
  let earned = 0;
  for (let i = 0; i < size && covered < target; i++) {
    const take = Math.min(scratchCapacity[i]!, target - covered);
    covered += take;
    earned += take * scratchProgress[i]!;
  }
  return earned / target;
}
