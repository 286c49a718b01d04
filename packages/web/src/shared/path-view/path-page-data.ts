// A learner's path page as the API answers it (GET /api/v1/me/paths/{key}, and the same for staff at
// /api/v1/learners/{username}/paths/{key}/page), its definition and evaluation typed by core, which
// the OpenAPI document leaves open.
import type { PathDefinition, PathEvaluation } from '@learning-paths/core';
import type { Answer } from '../api/types.ts';

type PathPageAnswer = Answer<'/api/v1/me/paths/{key}', 'get'>;
export type PathPageData = Omit<PathPageAnswer, 'definition' | 'evaluation'> & {
  readonly definition: PathDefinition;
  readonly evaluation: PathEvaluation;
};
export type StepCourse = PathPageData['courses'][string];
export type TierNeed = PathPageData['tierNeeds'][string][number];
