// Criterion `completion`: the learner has completed at least this fraction of the course.
import { z } from 'zod';
import type { CriterionDefinition } from '../../registry/types.ts';
import { fraction, percent } from '../format.ts';

export const completionCriterion: CriterionDefinition<number> = {
  name: 'completion',
  description: 'Minimum completion of the course, a fraction from 0 to 1 (0.8 means 80% of the course done).',
  schema: z.number().min(0).max(1),
  isSatisfied: (minimum, course) => fraction(course.completion) >= minimum,
  progress: (minimum, course) => (minimum === 0 ? 1 : Math.min(1, fraction(course.completion) / minimum)),
  explain: (minimum, course, title) =>
    `Complete ${percent(minimum)} of ${title} (now ${percent(fraction(course.completion))})`,
  summarize: (minimum) => `completion ≥ ${percent(minimum)}`,
};
