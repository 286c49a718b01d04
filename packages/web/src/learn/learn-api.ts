// Learn's view of the API: the learner routes' answers (the path page's definition and evaluation
// typed by core, which the OpenAPI document leaves open), and where Learn shows a path.
import type { Answer } from '../shared/api/types.ts';

type LearningList = Answer<'/api/v1/me/learning', 'get'>;
export type LearningItem = LearningList['items'][number];

export type { PathPageData, StepCourse, TierNeed } from '../shared/path-view/path-page-data.ts';

/** Where Learn shows a path (a route of the app, under /learn). */
export const pathPageRoute = (key: string) => `/paths/${encodeURIComponent(key)}`;
