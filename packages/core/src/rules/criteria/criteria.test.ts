import { describe, expect, it } from 'vitest';
import { toWording } from '../../registry/wording.ts';
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
    expect(completionCriterion.explain(0.8, { completion: 0.299 }, 'Intro')).toEqual({
      text: 'Complete 80% of Intro (now 29%)',
      message: { id: 'lp.criterion.completion.explain', values: { minimum: 0.8, now: 0.29, title: 'Intro' } },
    });
    expect(completionCriterion.summarize(0.8)).toEqual({
      text: 'completion ≥ 80%',
      message: { id: 'lp.criterion.completion.summary', values: { minimum: 0.8 } },
    });
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
    expect(gradeCriterion.explain(0.7, { grade: 0.62 }, 'Machine Learning')).toEqual({
      text: 'Reach a grade of 70% in Machine Learning (now 62%)',
      message: {
        id: 'lp.criterion.grade.explain',
        values: { minimum: 0.7, now: 0.62, title: 'Machine Learning' },
      },
    });
    expect(gradeCriterion.summarize(0.7)).toEqual({
      text: 'grade ≥ 70%',
      message: { id: 'lp.criterion.grade.summary', values: { minimum: 0.7 } },
    });
  });

  it('reads 0.29 as 29%, not 28% (binary noise)', () => {
    const words = toWording(gradeCriterion.explain(0.5, { grade: 0.29 }, 'X'));
    expect(words.text).toContain('(now 29%)');
    expect(words.message!.values.now).toBe(0.29);
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
    expect(passedCriterion.explain(true, {}, 'Statistics')).toEqual({
      text: 'Pass Statistics',
      message: { id: 'lp.criterion.passed.explain', values: { title: 'Statistics' } },
    });
    expect(passedCriterion.summarize(true)).toEqual({
      text: 'passed',
      message: { id: 'lp.criterion.passed.summary', values: {} },
    });
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
