import { describe, expect, it } from 'vitest';
import type { ChildOutcome } from '../registry/types.ts';
import { bestCoverageProgress, weightedMeanProgress } from './progress-math.ts';

const child = (progress: number, credits = 1, weight = 1): ChildOutcome => ({
  id: 'x',
  title: 'X',
  weight,
  credits,
  progress,
  satisfied: progress === 1,
  locked: false,
});

describe('weightedMeanProgress', () => {
  it('is the weighted mean', () => {
    expect(weightedMeanProgress([child(1, 1, 1), child(0.5, 1, 3)])).toBeCloseTo(0.625);
  });
});

describe('bestCoverageProgress', () => {
  it('takes the most advanced children first, whatever their order', () => {
    expect(bestCoverageProgress([child(0.2), child(0.9), child(0.5)], 'count', 2)).toBeCloseTo(0.7);
  });

  it("uses a child's credits only as far as the target needs", () => {
    expect(bestCoverageProgress([child(1, 10)], 'credits', 4)).toBe(1);
    expect(bestCoverageProgress([child(0.5, 10), child(1, 2)], 'credits', 4)).toBeCloseTo((2 + 2 * 0.5) / 4);
  });

  it('is 1 for a target of 0 and handles many children', () => {
    expect(bestCoverageProgress([], 'count', 0)).toBe(1);
    const many = Array.from({ length: 100 }, (_, i) => child(i / 100));
    expect(bestCoverageProgress(many, 'count', 2)).toBeCloseTo((0.99 + 0.98) / 2);
  });
});
