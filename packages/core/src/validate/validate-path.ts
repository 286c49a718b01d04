// Validation of a path definition (spec section 2): every problem at once, each with a JSON
// pointer and a sentence.
import { schemasFor } from '../definition/schemas.ts';
import type { PathDefinition } from '../definition/types.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { defaultRegistry } from '../registry/create-registry.ts';
import type { RuleRegistry } from '../registry/registry.ts';
import { checkCycles } from './check-cycles.ts';
import { checkGroupRules } from './check-group-rules.ts';
import { checkIdentities } from './check-identities.ts';
import { checkShapes } from './check-shapes.ts';

export type ValidationResult =
  | { readonly valid: true; readonly definition: PathDefinition; readonly errors: readonly [] }
  | { readonly valid: false; readonly errors: readonly Problem[] };

/** Validates an untrusted document (parsed JSON or YAML) against the format and its rules. */
export function validatePath(input: unknown, registry: RuleRegistry = defaultRegistry): ValidationResult {
  const { problems, nodes, tiers, complete } = checkShapes(input, schemasFor(registry), registry);
  // Over a tree cut short by a limit, these would report references and counts that are fine.
  if (complete) {
    checkIdentities(nodes, tiers, problems);
    checkGroupRules(nodes, registry, problems);
    checkCycles(nodes, tiers, registry, problems);
  }
  if (problems.length > 0) return { valid: false, errors: sortProblems(dedupe(problems)) };
  return { valid: true, definition: input as PathDefinition, errors: [] };
}

/** Thrown where a valid definition is required and an invalid one was given. */
export class InvalidPathError extends Error {
  override readonly name = 'InvalidPathError';
  constructor(readonly errors: readonly Problem[]) {
    super(
      `the path definition is invalid: ${errors.map((error) => `${error.pointer || '/'}: ${error.message}`).join('; ')}`,
    );
  }
}

/** Validates and returns the definition, or throws InvalidPathError. */
export function assertValidPath(input: unknown, registry: RuleRegistry = defaultRegistry): PathDefinition {
  const result = validatePath(input, registry);
  if (!result.valid) throw new InvalidPathError(result.errors);
  return result.definition;
}

function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.pointer}\n${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
