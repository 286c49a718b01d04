// What a statement says about its learner's course, by its verb (ADL's verbs, which H5P, SCORM
// wrappers and cmi5 use alike): completed, or any result.completion true, is a completion of 1;
// passed and failed set `passed`; these and scored and answered give the scaled score as the grade.
import type { XapiScore, XapiStatement } from '../statements/statement-types.ts';

const ADL_VERBS = 'http://adlnet.gov/expapi/verbs/';
export const VERBS = {
  completed: `${ADL_VERBS}completed`,
  passed: `${ADL_VERBS}passed`,
  failed: `${ADL_VERBS}failed`,
  scored: `${ADL_VERBS}scored`,
  answered: `${ADL_VERBS}answered`,
} as const;

/** The verbs whose score is the learner's grade on the activity. */
const GRADED_VERBS: readonly string[] = Object.values(VERBS);

export interface FactFields {
  readonly completion?: number;
  readonly grade?: number;
  readonly passed?: boolean;
}

/**
 * The score as a grade in [0, 1]: `scaled` (a negative one as 0), else `raw` within `min` (0 when
 * absent) and `max`; null when neither is given.
 */
export function gradeOf(score: XapiScore | undefined): number | null {
  if (score === undefined) return null;
  if (score.scaled !== undefined) return Math.max(0, score.scaled);
  const { raw, min = 0, max } = score;
  if (raw === undefined || max === undefined || max <= min) return null;
  return Math.min(1, Math.max(0, (raw - min) / (max - min)));
}

/** The fact fields of a statement, or null when its verb and result say nothing about the course. */
export function factFields(statement: XapiStatement): FactFields | null {
  const verb = statement.verb.id;
  const result = statement.result;
  const completed = verb === VERBS.completed || result?.completion === true;
  const passed = verb === VERBS.passed ? true : verb === VERBS.failed ? false : null;
  const grade = GRADED_VERBS.includes(verb) ? gradeOf(result?.score) : null;
  if (!completed && passed === null && grade === null) return null;
  return {
    ...(completed ? { completion: 1 } : {}),
    ...(passed === null ? {} : { passed }),
    ...(grade === null ? {} : { grade }),
  };
}
