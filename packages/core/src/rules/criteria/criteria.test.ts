import { describe, expect, it } from 'vitest';
import { completionCriterion } from './completion.ts';
import { gradeCriterion } from './grade.ts';
import { passedCriterion } from './passed.ts';

describe('completion criterion', () => {
  it('holds at or above the minimum', () => {
    expect(completionCriterion.isSatisfied(0.8, { completion: 0.8 })).toBe(true);
    expect(completionCriterion.isSatisfied(0.8, { completion: 0.79 })).toBe(false);
    expect(completionCriterion.isSatisfied(0.8, {})).toBe(false);
  });

  it('measures progress as completion over the minimum, capped at 1', () => {
    expect(completionCriterion.progress(0.8, { completion: 0.4 })).toBeCloseTo(0.5);
    expect(completionCriterion.progress(0.8, { completion: 1 })).toBe(1);
    expect(completionCriterion.progress(0.8, {})).toBe(0);
    expect(completionCriterion.progress(0, {})).toBe(1);
  });

  it('explains what is left with the current value, rounded down', () => {
    expect(completionCriterion.explain(0.8, { completion: 0.299 }, 'Intro')).toBe(
      'Complete 80% of Intro (now 29%)',
    );
    expect(completionCriterion.summarize(0.8)).toBe('completion ≥ 80%');
  });
});

describe('grade criterion', () => {
  it('holds at or above the minimum grade', () => {
    expect(gradeCriterion.isSatisfied(0.7, { grade: 0.7 })).toBe(true);
    expect(gradeCriterion.isSatisfied(0.7, { grade: 0.69, passed: true })).toBe(false);
  });

  it('measures progress as grade over the minimum', () => {
    expect(gradeCriterion.progress(0.7, { grade: 0.35 })).toBeCloseTo(0.5);
  });

  it('explains like the spec: "Reach a grade of 70% in Machine Learning (now 62%)"', () => {
    expect(gradeCriterion.explain(0.7, { grade: 0.62 }, 'Machine Learning')).toBe(
      'Reach a grade of 70% in Machine Learning (now 62%)',
    );
    expect(gradeCriterion.summarize(0.7)).toBe('grade ≥ 70%');
  });

  it('reads 0.29 as 29%, not 28% (binary noise)', () => {
    expect(gradeCriterion.explain(0.5, { grade: 0.29 }, 'X')).toContain('(now 29%)');
  });
});

describe('passed criterion', () => {
  it('holds only when passed is true', () => {
    expect(passedCriterion.isSatisfied(true, { passed: true })).toBe(true);
    expect(passedCriterion.isSatisfied(true, { passed: false, completion: 1, grade: 1 })).toBe(false);
  });

  it('follows completion up to 90% until the course is passed', () => {
    expect(passedCriterion.progress(true, { completion: 0.5 })).toBeCloseTo(0.45);
    expect(passedCriterion.progress(true, { completion: 1 })).toBeCloseTo(0.9);
    expect(passedCriterion.progress(true, { passed: true })).toBe(1);
  });

  it('explains and summarizes', () => {
    expect(passedCriterion.explain(true, {}, 'Statistics')).toBe('Pass Statistics');
    expect(passedCriterion.summarize(true)).toBe('passed');
  });

  it('accepts only the value true in a definition', () => {
    expect(passedCriterion.schema.safeParse(true).success).toBe(true);
    expect(passedCriterion.schema.safeParse(false).success).toBe(false);
  });
});

describe('malformed facts', () => {
  it('count as not started rather than throwing', () => {
    const weird = { completion: 'lots', grade: Number.NaN } as unknown as Record<string, unknown>;
    expect(completionCriterion.progress(0.5, weird)).toBe(0);
    expect(gradeCriterion.isSatisfied(0.5, weird)).toBe(false);
  });
});
