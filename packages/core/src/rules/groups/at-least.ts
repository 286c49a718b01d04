// Group rule `atLeast`: electives. At least `count` children satisfied ("choose 2 of 5"), and/or
// satisfied children worth at least `credits` credits.
import { z } from 'zod';
import type { ChildInfo, ChildOutcome, GroupInfo, GroupRuleDefinition } from '../../registry/types.ts';
import { formatNumber, plural } from '../format.ts';
import { bestCoverageProgress } from '../progress-math.ts';

interface AtLeastParams {
  readonly count?: number;
  readonly credits?: number;
}

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

/** "Complete 1 more", "Earn 4 more credits", both joined, or '' when nothing is missing. */
function describeNeed(group: GroupInfo<AtLeastParams>, children: readonly ChildOutcome[]): string {
  const { count, credits } = group.params;
  const moreCount = count === undefined ? 0 : count - satisfiedCount(children);
  const moreCredits = credits === undefined ? 0 : credits - satisfiedCredits(children);
  const earn = moreCredits > 0 ? `${formatNumber(moreCredits)} more ${plural(moreCredits, 'credit')}` : '';
  if (moreCount > 0)
    return earn ? `Complete ${moreCount} more and earn ${earn}` : `Complete ${moreCount} more`;
  return earn && `Earn ${earn}`;
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
      report(null, 'an atLeast group needs count (how many children), credits (how many credits), or both');
    }
    if (count !== undefined && count > children.length) {
      report(
        'count',
        `count is ${count} but the group has only ${children.length} ${plural(children.length, 'child', 'children')}, so it can never be satisfied`,
      );
    }
    if (credits !== undefined) {
      const available = children.reduce((sum, child) => sum + child.credits, 0);
      if (credits > available) {
        report(
          'credits',
          `credits is ${formatNumber(credits)} but the children offer only ${formatNumber(available)} together, so it can never be satisfied`,
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
    const need = describeNeed(group, children);
    // Only what the learner can work on now; with nothing open, the group has nothing to say.
    const open = openChildrenByProgress(children);
    if (need === '' || open.length === 0) return undefined;
    const byCredits = group.params.credits !== undefined;
    let list = '';
    for (const child of open) {
      if (list !== '') list += ', ';
      list += byCredits
        ? `${child.title} (${formatNumber(child.credits)} ${plural(child.credits, 'credit')})`
        : child.title;
    }
    return `${need} ${byCredits ? 'from' : 'of'}: ${list}`;
  },
  summarize(group, childCount) {
    const { count, credits } = group.params;
    const parts: string[] = [];
    if (count !== undefined)
      parts.push(count === 1 ? `at least 1 of ${childCount}` : `choose ${count} of ${childCount}`);
    if (credits !== undefined) parts.push(`at least ${formatNumber(credits)} ${plural(credits, 'credit')}`);
    return parts.join(' and ');
  },
};
