import { describe, expect, it } from 'vitest';
import { dataSciencePath, facts } from '../../test/fixtures.ts';
import { compilePath } from './compiled-path.ts';
import { explainLock, formatDate, listInWords } from './explain-lock.ts';

describe('explainLock', () => {
  const path = compilePath(dataSciencePath());
  const evaluation = path.evaluate(facts('2026-04-01T00:00:00Z'));

  it('names prerequisites by title and the opening date', () => {
    expect(explainLock(path, 'capstone', evaluation.nodes.capstone!.lockedBy)).toBe(
      'Unlocks after Core and Electives; opens on 1 May 2026',
    );
  });

  it('names the earlier step of a sequence', () => {
    expect(explainLock(path, 'ml', evaluation.nodes.ml!.lockedBy)).toBe(
      'Unlocks after course-v1:DemoU+DS110+2026',
    );
  });

  it('is empty for an unlocked node', () => {
    expect(explainLock(path, 'intro', [])).toBe('');
  });
});

describe('wording helpers', () => {
  it('formats dates, with the time only when it is not midnight UTC', () => {
    expect(formatDate('2026-05-01T00:00:00Z')).toBe('1 May 2026');
    expect(formatDate('2026-05-01T14:30:00+02:00')).toBe('1 May 2026, 12:30 UTC');
  });

  it('lists as a person writes', () => {
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
