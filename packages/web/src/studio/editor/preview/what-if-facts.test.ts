import { expect, it } from 'vitest';
import { compilePath } from '@learning-paths/core';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import { COMPLETED, today, whatIfFacts } from './what-if-facts.ts';

const path = compilePath(example);

it('turns an author’s results into facts the engine evaluates at the chosen date', () => {
  const facts = whatIfFacts(
    {
      'course-v1:DemoU+DS100+2026': { enrolled: true, completion: 0.8, grade: undefined },
      'course-v1:DemoU+DS110+2026': COMPLETED,
      'course-v1:DemoU+DS120+2026': { grade: 0.7 },
    },
    '2026-04-10',
  );
  expect(facts).toEqual({
    now: '2026-04-10T00:00:00Z',
    courses: {
      'course-v1:DemoU+DS100+2026': { enrolled: true, completion: 0.8 },
      'course-v1:DemoU+DS110+2026': { enrolled: true, completion: 1, grade: 1, passed: true },
      'course-v1:DemoU+DS120+2026': { grade: 0.7 },
    },
  });
  const evaluation = path.evaluate(facts);
  expect(evaluation.currentTier).toBe('foundation');
  expect(evaluation.nodes.capstone!.lockedBy).toEqual(['electives', 'date:2026-05-01T00:00:00Z']);
  expect(path.evaluate(whatIfFacts({}, '2026-05-01')).nodes.capstone!.lockedBy).toEqual([
    'core',
    'electives',
  ]);
  expect(today(new Date('2026-11-27T23:59:00Z'))).toBe('2026-11-27');
});
