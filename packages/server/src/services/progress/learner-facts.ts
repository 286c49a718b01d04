// Stored course facts in the shape the engine reads (spec section 3).
import type { CourseFacts } from '@learning-paths/core';
import type { StoredFacts } from '../../store/repositories/fact-repository.ts';

export function engineFacts(
  stored: ReadonlyMap<string, StoredFacts> | undefined,
): Record<string, CourseFacts> {
  const courses: Record<string, CourseFacts> = {};
  if (!stored) return courses;
  for (const [courseKey, facts] of stored) {
    courses[courseKey] = {
      ...(facts.completion ? { completion: facts.completion.value } : {}),
      ...(facts.grade ? { grade: facts.grade.value } : {}),
      ...(facts.passed ? { passed: facts.passed.value } : {}),
      ...(facts.enrolled ? { enrolled: facts.enrolled.value } : {}),
    };
  }
  return courses;
}
