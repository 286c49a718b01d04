import { describe, expect, it } from 'vitest';
import { course, dataSciencePath, facts, pathOf } from '../../test/fixtures.ts';
import { compilePath } from './compiled-path.ts';
import { describeLock, explainLock, formatDate, listInWords } from './explain-lock.ts';

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

describe('describeLock', () => {
  const path = compilePath(dataSciencePath());
  const evaluation = path.evaluate(facts('2026-04-01T00:00:00Z'));

  it('gives the sentence with a message naming its parts, the titles as a list and the date as written', () => {
    expect(describeLock(path, 'capstone', evaluation.nodes.capstone!.lockedBy)).toEqual({
      text: 'Unlocks after Core and Electives; opens on 1 May 2026',
      message: {
        id: 'lp.lock.after.opens',
        values: { titles: ['Core', 'Electives'], date: '2026-05-01T00:00:00Z' },
      },
    });
    expect(describeLock(path, 'ml', evaluation.nodes.ml!.lockedBy).message).toEqual({
      id: 'lp.lock.after',
      values: { titles: ['course-v1:DemoU+DS110+2026'] },
    });
  });

  it('has every part at once: prerequisites, date and locked ancestor', () => {
    const nested = compilePath(
      pathOf({
        id: 'root',
        rule: 'all',
        children: [
          { id: 'first', title: 'First', course: course('A') },
          {
            id: 'group',
            title: 'Group',
            rule: 'all',
            prerequisites: ['first'],
            children: [
              {
                id: 'inner',
                course: course('B'),
                prerequisites: ['other'],
                availableFrom: '2030-01-01T09:15:00Z',
              },
            ],
          },
          { id: 'other', title: 'Other', course: course('C') },
        ],
      }),
    );
    const { lockedBy } = nested.evaluate(facts('2026-04-01T00:00:00Z')).nodes.inner!;
    expect(describeLock(nested, 'inner', lockedBy)).toEqual({
      text: 'Unlocks after Other; opens on 1 January 2030, 09:15 UTC; part of Group, which is locked',
      message: {
        id: 'lp.lock.after.opens.ancestor',
        values: { titles: ['Other'], date: '2030-01-01T09:15:00Z', ancestor: 'Group' },
      },
    });
    const { lockedBy: alone } = nested.evaluate(
      facts('2031-01-01T00:00:00Z', { [course('C')]: { passed: true } }),
    ).nodes.inner!;
    expect(describeLock(nested, 'inner', alone)).toEqual({
      text: 'Part of Group, which is locked',
      message: { id: 'lp.lock.ancestor', values: { ancestor: 'Group' } },
    });
  });

  it('has no message for an unlocked node', () => {
    expect(describeLock(path, 'intro', [])).toEqual({ text: '' });
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
