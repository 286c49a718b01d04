// Group rule `atLeast`: electives. At least `count` children satisfied ("choose 2 of 5"), and/or
// satisfied children worth at least `credits` credits.
import { z } from 'zod';
import type { ChildInfo, ChildOutcome, GroupRuleDefinition } from '../../registry/types.ts';
import { wording } from '../../registry/wording.ts';
import { formatNumber, plural, roundedNumber } from '../format.ts';
import { bestCoverageProgress } from '../progress-math.ts';
import { summarizeAtLeast, whatIsLeft, type AtLeastParams } from './at-least-words.ts';

function satisfiedCount(children: readonly ChildOutcome[]): number {
  let count = 0;
  for (const child of children) if (child.satisfied) count++;
  return count;
}

function satisfiedCredits(children: readonly ChildOutcome[]): number {
  let credits = 0;
  for (const child of children) if (child.satisfied) credits += child.credits;
  return credits;
}

/** Children neither satisfied nor locked, most advanced first (ties in document order). */
function openChildrenByProgress(children: readonly ChildOutcome[]): ChildOutcome[] {
  const open: ChildOutcome[] = [];
  for (const child of children) {
    if (child.satisfied || child.locked) continue;
    let j = open.length;
    open.push(child);
    for (; j > 0 && open[j - 1]!.progress < child.progress; j--) open[j] = open[j - 1]!;
    open[j] = child;
  }
  return open;
}

export const atLeastRule: GroupRuleDefinition<AtLeastParams> = {
  name: 'atLeast',
  description:
    'Electives: at least `count` children satisfied, and/or satisfied children worth at least `credits` credits together.',
  params: {
    count: z.int().min(1).optional(),
    credits: z.number().min(0).optional(),
  },
  check(group, children: readonly ChildInfo[], report) {
    const { count, credits } = group.params;
    if (count === undefined && credits === undefined) {
      report(
        null,
        wording(
          'an atLeast group needs count (how many children), credits (how many credits), or both',
          'lp.problem.atLeast.needsCountOrCredits',
          {},
        ),
      );
    }
    const total = children.length;
    if (count !== undefined && count > total) {
      report(
        'count',
        wording(
          `count is ${count} but the group has only ${total} ${plural(total, 'child', 'children')}, so it can never be satisfied`,
          'lp.problem.atLeast.countAboveChildren',
          { count, total },
        ),
      );
    }
    if (credits !== undefined) {
      const available = children.reduce((sum, child) => sum + child.credits, 0);
      if (credits > available) {
        report(
          'credits',
          wording(
            `credits is ${formatNumber(credits)} but the children offer only ${formatNumber(available)} together, so it can never be satisfied`,
            'lp.problem.atLeast.creditsAboveChildren',
            { credits: roundedNumber(credits), available: roundedNumber(available) },
          ),
        );
      }
    }
  },
  isSatisfied(group, children) {
    const { count, credits } = group.params;
    return (
      (count === undefined || satisfiedCount(children) >= count) &&
      (credits === undefined || satisfiedCredits(children) >= credits)
    );
  },
  progress(group, children) {
    const { count, credits } = group.params;
    // With both a count and a credit total, each counts for half.
    if (count === undefined)
      return credits === undefined ? 0 : bestCoverageProgress(children, 'credits', credits);
    if (credits === undefined) return bestCoverageProgress(children, 'count', count);
    return (
      (bestCoverageProgress(children, 'count', count) + bestCoverageProgress(children, 'credits', credits)) /
      2
    );
  },
  explain(group, children) {
    const { count, credits } = group.params;
    const more = count === undefined ? 0 : count - satisfiedCount(children);
    const moreCredits = credits === undefined ? 0 : credits - satisfiedCredits(children);
    // Only what the learner can work on now; with nothing open, the group has nothing to say.
    const open = openChildrenByProgress(children);
    if ((more <= 0 && moreCredits <= 0) || open.length === 0) return undefined;
    return whatIsLeft(more, moreCredits, open, credits !== undefined);
  },
  summarize: (group, childCount) => summarizeAtLeast(group.params, childCount),
};
