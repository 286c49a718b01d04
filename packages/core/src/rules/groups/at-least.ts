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

function describeNeed(group: GroupInfo<AtLeastParams>, children: readonly ChildOutcome[]): string[] {
  const needs: string[] = [];
  const { count, credits } = group.params;
  if (count !== undefined) {
    const more = count - satisfiedCount(children);
    if (more > 0) needs.push(`complete ${more} more`);
  }
  if (credits !== undefined) {
    const more = credits - satisfiedCredits(children);
    if (more > 0) needs.push(`earn ${formatNumber(more)} more ${plural(more, 'credit')}`);
  }
  return needs;
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
    const needs = describeNeed(group, children);
    // Only what the learner can work on now; with nothing open, the group has nothing to say.
    const open = children.filter((child) => !child.satisfied && !child.locked);
    if (needs.length === 0 || open.length === 0) return undefined;
    const candidates = open
      .sort((a, b) => b.progress - a.progress)
      .map((child) =>
        group.params.credits === undefined
          ? child.title
          : `${child.title} (${formatNumber(child.credits)} ${plural(child.credits, 'credit')})`,
      );
    const need = needs.join(' and ');
    const preposition = group.params.credits === undefined ? 'of' : 'from';
    return `${need[0]!.toUpperCase()}${need.slice(1)} ${preposition}: ${candidates.join(', ')}`;
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
