// A facts document as the engine takes it: a file without `now` is evaluated as of the current time.
import type { FactsDocument, LearnerFacts } from '@learning-paths/core';

export function learnerFacts(document: FactsDocument): LearnerFacts & { readonly now: string } {
  return { now: document.now ?? new Date().toISOString(), courses: document.courses };
}
