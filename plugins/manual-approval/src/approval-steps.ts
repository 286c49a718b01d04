// The steps of a path that need staff approval: each step whose criteria (its own, or the path's
// default ones when it has none) include `approvedByStaff`. Read by the routes and the browser alike.
import { isStep, listNodes, type Criteria, type PathDefinition, type StepNode } from '@learning-paths/core';
import { APPROVAL_CRITERION } from './criterion.ts';

export interface ApprovalStep {
  readonly id: string;
  /** What learners read: the step's title, else its course key (as the path page shows it). */
  readonly title: string;
  readonly course: string;
}

/** The criteria a step is judged by: its own, else the path's default ones. */
export function effectiveCriteria(definition: PathDefinition, step: StepNode): Criteria {
  return step.criteria ?? definition.defaultCriteria ?? { passed: true };
}

/** The approval steps, in the order of the path; none for a path never published. */
export function approvalSteps(definition: PathDefinition | null): ApprovalStep[] {
  if (definition === null) return [];
  return listNodes(definition.requirements)
    .filter(isStep)
    .filter((step) => effectiveCriteria(definition, step)[APPROVAL_CRITERION] === true)
    .map((step) => ({ id: step.id, title: step.title ?? step.course, course: step.course }));
}
