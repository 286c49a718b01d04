// The plugin's grading criteria: how much completion and which grade a path asks for, and the
// path's grade as the weighted mean of its step courses' grades (a course without a grade counts 0).
// The path format has no field for the thresholds, so every path has the plugin's defaults.
import type { CompiledPath, PathEvaluation } from '@learning-paths/core';
import type { LearnerEvaluation } from '../../../../services/progress/evaluate-learner.ts';
import { pluginSteps } from './steps.ts';

export const REQUIRED_COMPLETION = 0.8;
export const REQUIRED_GRADE = 0.75;

/** The learner's grades in the runs that counted for them (steps that follow their course). */
export function weightedGrade(
  compiled: CompiledPath,
  facts: LearnerEvaluation['facts'],
  runs: PathEvaluation['runs'],
): number {
  let weighted = 0;
  let weights = 0;
  for (const step of pluginSteps(compiled, runs)) {
    weighted += step.weight * (facts.get(step.course)?.grade?.value ?? 0);
    weights += step.weight;
  }
  return weights > 0 ? weighted / weights : 0;
}
