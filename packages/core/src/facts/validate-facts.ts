// Checks an untrusted facts document (spec section 3), with the fields registered criteria read.
import { z } from 'zod';
import { FORMAT_PREDICATES } from '../definition/format-predicates.ts';
import { shapeProblems } from '../definition/issue-messages.ts';
import { courseKeyWords } from '../keys.ts';
import { joinPointer, problemAt, type Problem } from '../problems.ts';
import { defaultRegistry } from '../registry/create-registry.ts';
import type { RuleRegistry } from '../registry/registry.ts';
import type { CourseFacts } from './types.ts';

/** A facts document as written: `now` may be left out, and the caller decides what it means. */
export interface FactsDocument {
  readonly now?: string;
  readonly courses: Readonly<Record<string, CourseFacts>>;
}

export type FactsValidationResult =
  | { readonly valid: true; readonly facts: FactsDocument; readonly errors: readonly [] }
  | { readonly valid: false; readonly errors: readonly Problem[] };

const fractionField = z.number().min(0).max(1);

function factsSchema(registry: RuleRegistry) {
  const extraFields = Object.assign(
    {},
    ...registry.criteria().map((criterion) => criterion.facts ?? {}),
  ) as Record<string, z.ZodType>;
  const course = z.strictObject({
    enrolled: z.boolean().optional(),
    completion: fractionField.optional(),
    grade: fractionField.optional(),
    passed: z.boolean().optional(),
    ...Object.fromEntries(Object.entries(extraFields).map(([name, schema]) => [name, schema.optional()])),
  });
  return z.strictObject({
    now: z.iso.datetime({ offset: true, error: FORMAT_PREDICATES.factsTime.text }).optional(),
    courses: z.record(z.string(), course),
  });
}

export function validateFacts(
  input: unknown,
  registry: RuleRegistry = defaultRegistry,
): FactsValidationResult {
  const errors = shapeProblems(factsSchema(registry), input, '');
  if (
    typeof input === 'object' &&
    input !== null &&
    'courses' in input &&
    typeof input.courses === 'object' &&
    input.courses !== null
  ) {
    for (const key of Object.keys(input.courses)) {
      const words = courseKeyWords(key);
      if (words !== null) errors.push(problemAt(joinPointer('/courses', key), words));
    }
  }
  if (errors.length > 0) return { valid: false, errors };
  return { valid: true, facts: input as FactsDocument, errors: [] };
}
