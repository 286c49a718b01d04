import { describe, expect, it } from 'vitest';
import type { ChildOutcome, GroupInfo } from '../../registry/types.ts';
import { toWording, type RuleWords } from '../../registry/wording.ts';
import { allRule } from './all.ts';
import { atLeastRule } from './at-least.ts';
import { sequenceRule } from './sequence.ts';

function child(id: string, progress: number, extra: Partial<ChildOutcome> = {}): ChildOutcome {
  return {
    id,
    title: id.toUpperCase(),
    weight: 1,
    credits: 1,
    satisfied: progress === 1,
    progress,
    locked: false,
    ...extra,
  };
}

function group<P>(params: P): GroupInfo<P> {
  return { id: 'g', title: 'Group', params };
}

const text = (words: RuleWords | undefined) => words && toWording(words).text;
const message = (words: RuleWords | undefined) => words && toWording(words).message;

describe('all', () => {
  it('is satisfied when every child is', () => {
    expect(allRule.isSatisfied(group({}), [child('a', 1), child('b', 1)])).toBe(true);
    expect(allRule.isSatisfied(group({}), [child('a', 1), child('b', 0.5)])).toBe(false);
  });

  it('weighs children by weight', () => {
    const progress = allRule.progress(group({}), [
      child('a', 1, { weight: 3 }),
      child('b', 0, { weight: 1 }),
    ]);
    expect(progress).toBeCloseTo(0.75);
  });

  it('has no explanation of its own: children speak for themselves', () => {
    expect('explain' in allRule).toBe(false);
    expect(allRule.summarize(group({}), 3)).toEqual({
      text: 'all 3 required',
      message: { id: 'lp.rule.all.summary', values: { count: 3 } },
    });
    expect(text(allRule.summarize(group({}), 1))).toBe('required');
  });
});

describe('sequence', () => {
  it('is satisfied like all, and orders its children', () => {
    expect(sequenceRule.ordered).toBe(true);
    expect(allRule.ordered).toBeUndefined();
    expect(sequenceRule.isSatisfied(group({}), [child('a', 1), child('b', 1)])).toBe(true);
    expect(sequenceRule.summarize(group({}), 2)).toEqual({
      text: 'all 2 in order',
      message: { id: 'lp.rule.sequence.summary', values: { count: 2 } },
    });
  });
});

describe('atLeast by count', () => {
  const children = [child('a', 1), child('b', 0.5), child('c', 0.2)];

  it('is satisfied by N satisfied children', () => {
    expect(atLeastRule.isSatisfied(group({ count: 1 }), children)).toBe(true);
    expect(atLeastRule.isSatisfied(group({ count: 2 }), children)).toBe(false);
  });

  it('counts only the best children it needs', () => {
    // The best two are a (1) and b (0.5): c does not dilute the progress.
    expect(atLeastRule.progress(group({ count: 2 }), children)).toBeCloseTo(0.75);
  });

  it('explains how many more, naming open children most advanced first', () => {
    expect(atLeastRule.explain!(group({ count: 2 }), children)).toEqual({
      text: 'Complete 1 more of: B, C',
      message: { id: 'lp.rule.atLeast.explain.count', values: { more: 1, children: ['B', 'C'] } },
    });
  });

  it('leaves locked children out of the explanation', () => {
    const withLocked = [child('a', 1), child('b', 0.5, { locked: true }), child('c', 0.2)];
    expect(text(atLeastRule.explain!(group({ count: 2 }), withLocked))).toBe('Complete 1 more of: C');
    const allLocked = [child('a', 1), child('b', 0.5, { locked: true })];
    expect(atLeastRule.explain!(group({ count: 2 }), allLocked)).toBeUndefined();
  });

  it('summarizes "choose 2 of 3" and "at least 1 of 3"', () => {
    expect(atLeastRule.summarize(group({ count: 2 }), 3)).toEqual({
      text: 'choose 2 of 3',
      message: { id: 'lp.rule.atLeast.summary.count', values: { count: 2, total: 3 } },
    });
    expect(text(atLeastRule.summarize(group({ count: 1 }), 3))).toBe('at least 1 of 3');
  });
});

describe('atLeast by credits', () => {
  const children = [
    child('a', 1, { credits: 3 }),
    child('b', 0.5, { credits: 4 }),
    child('c', 0, { credits: 4 }),
  ];

  it('is satisfied when satisfied children bring enough credits', () => {
    expect(atLeastRule.isSatisfied(group({ credits: 3 }), children)).toBe(true);
    expect(atLeastRule.isSatisfied(group({ credits: 6 }), children)).toBe(false);
  });

  it('covers the credit target with the most advanced children first', () => {
    // 3 credits at 1 from a, then 3 of b's 4 credits at 0.5: (3 + 1.5) / 6.
    expect(atLeastRule.progress(group({ credits: 6 }), children)).toBeCloseTo(0.75);
  });

  it("explains the credits missing, with each open child's credits", () => {
    expect(atLeastRule.explain!(group({ credits: 6 }), children)).toEqual({
      text: 'Earn 3 more credits from: B (4 credits), C (4 credits)',
      message: {
        id: 'lp.rule.atLeast.explain.credits',
        values: {
          credits: 3,
          children: [
            { id: 'lp.rule.atLeast.child', values: { title: 'B', credits: 4 } },
            { id: 'lp.rule.atLeast.child', values: { title: 'C', credits: 4 } },
          ],
        },
      },
    });
    expect(atLeastRule.summarize(group({ credits: 6 }), 3)).toEqual({
      text: 'at least 6 credits',
      message: { id: 'lp.rule.atLeast.summary.credits', values: { credits: 6 } },
    });
  });

  it('rounds credits to two decimals in the text and the message alike', () => {
    const words = atLeastRule.explain!(group({ credits: 1 / 3 }), [child('a', 0, { credits: 2 / 3 })]);
    expect(text(words)).toBe('Earn 0.33 more credits from: A (0.67 credits)');
    expect(message(words)).toEqual({
      id: 'lp.rule.atLeast.explain.credits',
      values: {
        credits: 0.33,
        children: [{ id: 'lp.rule.atLeast.child', values: { title: 'A', credits: 0.67 } }],
      },
    });
  });

  it('names each open child with its credits when only the count is missing', () => {
    const withCount = [child('a', 1, { credits: 3 }), child('b', 0, { credits: 4 })];
    expect(message(atLeastRule.explain!(group({ count: 2, credits: 3 }), withCount))).toEqual({
      id: 'lp.rule.atLeast.explain.countFromCredits',
      values: { more: 1, children: [{ id: 'lp.rule.atLeast.child', values: { title: 'B', credits: 4 } }] },
    });
    expect(text(atLeastRule.explain!(group({ count: 2, credits: 3 }), withCount))).toBe(
      'Complete 1 more from: B (4 credits)',
    );
  });
});

describe('atLeast by count and credits', () => {
  const children = [child('a', 1, { credits: 2 }), child('b', 0, { credits: 4 })];

  it('needs both', () => {
    expect(atLeastRule.isSatisfied(group({ count: 1, credits: 4 }), children)).toBe(false);
    expect(atLeastRule.isSatisfied(group({ count: 1, credits: 2 }), children)).toBe(true);
  });

  it('averages the two measures', () => {
    // count 1 of 1 covered at 1; credits 2 of 4 covered: (1 + 0.5) / 2.
    expect(atLeastRule.progress(group({ count: 1, credits: 4 }), children)).toBeCloseTo(0.75);
  });

  it('explains both needs', () => {
    expect(atLeastRule.explain!(group({ count: 2, credits: 4 }), children)).toEqual({
      text: 'Complete 1 more and earn 2 more credits from: B (4 credits)',
      message: {
        id: 'lp.rule.atLeast.explain.countAndCredits',
        values: {
          more: 1,
          credits: 2,
          children: [{ id: 'lp.rule.atLeast.child', values: { title: 'B', credits: 4 } }],
        },
      },
    });
    expect(atLeastRule.summarize(group({ count: 2, credits: 4 }), 2)).toEqual({
      text: 'choose 2 of 2 and at least 4 credits',
      message: { id: 'lp.rule.atLeast.summary.countAndCredits', values: { count: 2, total: 2, credits: 4 } },
    });
  });
});

describe('atLeast checks', () => {
  const infos = [
    { id: 'a', title: 'A', weight: 1, credits: 3 },
    { id: 'b', title: 'B', weight: 1, credits: 4 },
  ];
  const check = (params: { count?: number; credits?: number }) => {
    const problems: [string | null, RuleWords][] = [];
    atLeastRule.check!(group(params), infos, (field, words) => problems.push([field, words]));
    return problems;
  };

  it('wants a count or credits', () => {
    expect(check({})).toEqual([
      [
        null,
        {
          text: 'an atLeast group needs count (how many children), credits (how many credits), or both',
          message: { id: 'lp.problem.atLeast.needsCountOrCredits', values: {} },
        },
      ],
    ]);
  });

  it('rejects a count larger than the group', () => {
    expect(check({ count: 3 })).toEqual([
      [
        'count',
        {
          text: 'count is 3 but the group has only 2 children, so it can never be satisfied',
          message: { id: 'lp.problem.atLeast.countAboveChildren', values: { count: 3, total: 2 } },
        },
      ],
    ]);
  });

  it('rejects credits beyond what the children offer', () => {
    expect(check({ credits: 8 })).toEqual([
      [
        'credits',
        {
          text: 'credits is 8 but the children offer only 7 together, so it can never be satisfied',
          message: { id: 'lp.problem.atLeast.creditsAboveChildren', values: { credits: 8, available: 7 } },
        },
      ],
    ]);
  });

  it('accepts what can be reached', () => {
    expect(check({ count: 2, credits: 7 })).toEqual([]);
  });
});
