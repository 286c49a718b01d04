// Criterion `grade`: the learner's course grade is at least this fraction.
import { minimumFractionCriterion } from './minimum-fraction.ts';

export const gradeCriterion = minimumFractionCriterion({
  name: 'grade',
  description: 'Minimum course grade, a fraction from 0 to 1 (0.7 means a grade of 70%).',
  explain: (minimum, now, title) => `Reach a grade of ${minimum} in ${title} (now ${now})`,
});
