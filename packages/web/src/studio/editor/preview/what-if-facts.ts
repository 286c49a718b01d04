// The imaginary learner of the what-if preview: the results an author sets per course, turned into
// the facts core's engine evaluates, at a date the author picks.
import type { CourseFacts, LearnerFacts } from '@learning-paths/core';

export interface WhatIfResult {
  readonly enrolled?: boolean;
  /** Fractions 0..1, as in facts. */
  readonly completion?: number;
  readonly grade?: number;
  readonly passed?: boolean;
}

/** Results by course key. */
export type WhatIfResults = Readonly<Record<string, WhatIfResult>>;

/** A course done with full marks: meets any completion, grade or pass criterion. */
export const COMPLETED: WhatIfResult = { enrolled: true, completion: 1, grade: 1, passed: true };

/** The facts of the imaginary learner on `date` (YYYY-MM-DD, the start of that day in UTC). */
export function whatIfFacts(results: WhatIfResults, date: string): LearnerFacts {
  const courses: Record<string, CourseFacts> = {};
  for (const [course, result] of Object.entries(results)) {
    const facts: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(result)) if (value !== undefined) facts[field] = value;
    courses[course] = facts;
  }
  return { now: `${date}T00:00:00Z`, courses };
}

/** Today's date in UTC, as the preview's default. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
