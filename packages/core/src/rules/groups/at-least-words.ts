// The words of group rule `atLeast`, in English and as messages: what is left in a group
// (`lp.rule.atLeast.explain.*`) and the rule in a few words (`lp.rule.atLeast.summary.*`).
// Credits are rounded to two decimals, as the English text writes them.
import type { ChildOutcome } from '../../registry/types.ts';
import { wording, type PlainMessage, type RuleWords, type Wording } from '../../registry/wording.ts';
import { formatNumber, plural, roundedNumber } from '../format.ts';

export interface AtLeastParams {
  readonly count?: number;
  readonly credits?: number;
}

/** "3 credits", "1 credit". */
function creditsInWords(credits: number): string {
  return `${formatNumber(credits)} ${plural(credits, 'credit')}`;
}

/**
 * "Complete 1 more of: NLP, Computer Vision", "Earn 3 more credits from: NLP (3 credits)", or both
 * needs; at least one of `more` and `moreCredits` is above 0. Children are named with their
 * credits when the group counts credits.
 */
export function whatIsLeft(
  more: number,
  moreCredits: number,
  open: readonly ChildOutcome[],
  byCredits: boolean,
): Wording {
  const earn = moreCredits > 0 ? `${formatNumber(moreCredits)} more ${plural(moreCredits, 'credit')}` : '';
  let text = more > 0 ? `Complete ${more} more` : `Earn ${earn}`;
  if (more > 0 && earn) text += ` and earn ${earn}`;
  text += byCredits ? ' from: ' : ' of: ';
  const children: (string | PlainMessage)[] = [];
  for (const [index, child] of open.entries()) {
    if (index > 0) text += ', ';
    if (byCredits) {
      text += `${child.title} (${creditsInWords(child.credits)})`;
      const values = { title: child.title, credits: roundedNumber(child.credits) };
      children.push({ id: 'lp.rule.atLeast.child', values });
    } else {
      text += child.title;
      children.push(child.title);
    }
  }
  const credits = roundedNumber(moreCredits);
  if (more <= 0) return wording(text, 'lp.rule.atLeast.explain.credits', { credits, children });
  if (earn) return wording(text, 'lp.rule.atLeast.explain.countAndCredits', { more, credits, children });
  const id = byCredits ? 'lp.rule.atLeast.explain.countFromCredits' : 'lp.rule.atLeast.explain.count';
  return wording(text, id, { more, children });
}

/** "choose 2 of 3", "at least 1 of 3", "at least 6 credits", or a count and credits joined. */
export function summarizeAtLeast({ count, credits }: AtLeastParams, total: number): RuleWords {
  const ofCount = count === 1 ? `at least 1 of ${total}` : `choose ${count} of ${total}`;
  const ofCredits = credits === undefined ? '' : `at least ${creditsInWords(credits)}`;
  if (count === undefined)
    return credits === undefined
      ? ''
      : wording(ofCredits, 'lp.rule.atLeast.summary.credits', { credits: roundedNumber(credits) });
  if (credits === undefined) return wording(ofCount, 'lp.rule.atLeast.summary.count', { count, total });
  return wording(`${ofCount} and ${ofCredits}`, 'lp.rule.atLeast.summary.countAndCredits', {
    count,
    total,
    credits: roundedNumber(credits),
  });
}
