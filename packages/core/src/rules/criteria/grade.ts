// Criterion `grade`: the learner's course grade is at least this fraction.
import { z } from 'zod';
import type { CriterionDefinition } from '../../registry/types.ts';
import { fraction, percent } from '../format.ts';

export const gradeCriterion: CriterionDefinition<number> = {
  name: 'grade',
  description: 'Minimum course grade, a fraction from 0 to 1 (0.7 means a grade of 70%).',
  schema: z.number().min(0).max(1),
  isSatisfied: (minimum, course) => fraction(course.grade) >= minimum,
  progress: (minimum, course) => (minimum === 0 ? 1 : Math.min(1, fraction(course.grade) / minimum)),
  explain: (minimum, course, title) =>
    `Reach a grade of ${percent(minimum)} in ${title} (now ${percent(fraction(course.grade))})`,
  summarize: (minimum) => `grade ≥ ${percent(minimum)}`,
};
