// Criterion `passed`: the LMS says the learner passed the course. Messages:
// `lp.criterion.passed.explain` { title } and `lp.criterion.passed.summary`.
import { z } from 'zod';
import type { CriterionDefinition } from '../../registry/types.ts';
import { wording } from '../../registry/wording.ts';
import { fraction } from '../format.ts';

/**
 * Until the course is passed, progress follows completion but stops at 90%: working through the
 * whole course without passing it is close to, not at, the goal.
 */
const UNPASSED_CEILING = 0.9;

const SUMMARY = wording('passed', 'lp.criterion.passed.summary', {});

export const passedCriterion: CriterionDefinition<true> = {
  name: 'passed',
  description: 'The course must be passed, as the LMS decides it (only the value true is meaningful).',
  schema: z.literal(true),
  isSatisfied: (_required, course) => course.passed === true,
  progress: (_required, course) =>
    course.passed === true ? 1 : UNPASSED_CEILING * fraction(course.completion),
  explain: (_required, _course, title) => wording(`Pass ${title}`, 'lp.criterion.passed.explain', { title }),
  summarize: () => SUMMARY,
};
