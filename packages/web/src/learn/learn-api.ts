// Learn's view of the API: the learner routes' answers (the path page's definition and evaluation
// typed by core, which the OpenAPI document leaves open), and where Learn shows a path.
import type { PathDefinition, PathEvaluation } from '@learning-paths/core';
import type { Answer } from '../shared/api/types.ts';

type LearningList = Answer<'/api/v1/me/learning', 'get'>;
export type LearningItem = LearningList['items'][number];

type PathPageAnswer = Answer<'/api/v1/me/paths/{key}', 'get'>;
export type PathPageData = Omit<PathPageAnswer, 'definition' | 'evaluation'> & {
  readonly definition: PathDefinition;
  readonly evaluation: PathEvaluation;
};
export type StepCourse = PathPageData['courses'][string];
export type TierNeed = PathPageData['tierNeeds'][string][number];

/** Where Learn shows a path (a route of the app, under /learn). */
export const pathPageRoute = (key: string) => `/paths/${encodeURIComponent(key)}`;
