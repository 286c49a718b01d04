// Stored course facts in the shape the engine reads (spec section 3).
import type { CourseFacts } from '@learning-paths/core';
import type { StoredFacts } from '../../store/repositories/fact-repository.ts';

export function engineFacts(
  stored: ReadonlyMap<string, StoredFacts> | undefined,
): Record<string, CourseFacts> {
  const courses: Record<string, CourseFacts> = {};
  if (!stored) return courses;
  // Assignments, not spreads of optional parts: this runs for every fact of every learner a
  // batch of facts touches.
  for (const [courseKey, facts] of stored) {
    const course: { -readonly [K in keyof CourseFacts]: CourseFacts[K] } = {};
    if (facts.completion) course.completion = facts.completion.value;
    if (facts.grade) course.grade = facts.grade.value;
    if (facts.passed) course.passed = facts.passed.value;
    if (facts.enrolled) course.enrolled = facts.enrolled.value;
    // The fields plugins' criteria declare, read by their criteria under the same names.
    for (const field in facts.criteria) course[field] = facts.criteria[field]!.value;
    courses[courseKey] = course;
  }
  return courses;
}
