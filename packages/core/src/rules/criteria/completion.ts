// Criterion `completion`: the learner has completed at least this fraction of the course.
import { minimumFractionCriterion } from './minimum-fraction.ts';

export const completionCriterion = minimumFractionCriterion({
  name: 'completion',
  description: 'Minimum completion of the course, a fraction from 0 to 1 (0.8 means 80% of the course done).',
  explain: (minimum, now, title) => `Complete ${minimum} of ${title} (now ${now})`,
});
