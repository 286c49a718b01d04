// One course fact as the service takes it from outside, whoever sends it: a fact's own fields and
// those the server's registered criteria declare (`CriterionDefinition.facts`), each checked by its
// schema. The facts API (its OpenAPI schema documents the declared fields as additional properties),
// the plugins' fact sources and the plugins' filters check facts with checkFactInputs.
import { z } from 'zod';
import { courseKeyProblem, joinPointer, type Problem, type RuleRegistry } from '@learning-paths/core';
import { FACT_FIELDS } from '../../domain/facts.ts';
import type { FactInput } from './apply-facts.ts';

const fraction = z.number().min(0).max(1);

/** A fact's own fields: who, which course, when, its idempotency id, and the built-in values. */
const OWN_SHAPE = {
  user: z.string().min(1).max(150).meta({ description: 'The username' }),
  course: z.string().superRefine((key, context) => {
    const problem = courseKeyProblem(key);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  }),
  completion: fraction.optional(),
  grade: fraction.optional(),
  passed: z.boolean().optional(),
  enrolled: z.boolean().optional(),
  time: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: 'When it happened; now when absent' }),
  id: z.string().min(1).max(200).optional().meta({ description: 'Idempotency id: applied once' }),
};

/** Names no criterion may declare: they mean something already in every fact. */
export const OWN_FACT_FIELDS: ReadonlySet<string> = new Set(Object.keys(OWN_SHAPE));

/**
 * What a declared field's name must be: its value becomes a key of the engine's course facts, so
 * not one every object has already (`constructor`), which would seem set in every course's facts.
 */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Why a criterion may not declare the fact field `name`; null when it may. */
export function declaredFieldProblem(criterion: string, name: string): string | null {
  if (OWN_FACT_FIELDS.has(name))
    return `the criterion ${criterion} declares the fact field "${name}": every fact has that field already`;
  if (!FIELD_NAME.test(name) || name in Object.prototype)
    return `the criterion ${criterion} declares the fact field "${name}": a field name is a letter followed by letters, digits or _, and no property every object has`;
  return null;
}

/**
 * The fact as the OpenAPI document describes it. It takes any additional field, for the declared
 * ones depend on the plugins loaded: checkFactInputs checks them against the server's registry.
 */
export const factInputSchema = z.object(OWN_SHAPE).catchall(
  z.unknown().meta({
    description:
      'Fields declared by registered criteria (their `facts`), each checked by its schema; any other field is refused',
  }),
);

interface RegistrySchema {
  readonly revision: number;
  readonly facts: z.ZodType<FactInput[]>;
}

const schemas = new WeakMap<RuleRegistry, RegistrySchema>();

/**
 * The fields the registry's criteria declare, by name. A field several criteria declare must satisfy
 * each one's schema, as each reads it. Throws when a criterion declares a fact's own field or a name
 * that cannot be one.
 */
function declaredFields(registry: RuleRegistry): Map<string, z.ZodType> {
  const fields = new Map<string, z.ZodType>();
  for (const criterion of registry.criteria())
    for (const [name, schema] of Object.entries(criterion.facts ?? {})) {
      const problem = declaredFieldProblem(criterion.name, name);
      if (problem !== null) throw new Error(problem);
      const other = fields.get(name);
      fields.set(name, other === undefined ? schema : other.and(schema));
    }
  return fields;
}

function factsSchemaOf(registry: RuleRegistry): z.ZodType<FactInput[]> {
  const declared = declaredFields(registry);
  const names = [...declared.keys()];
  const valueFields = [...FACT_FIELDS, ...names];
  const unknownField =
    names.length === 0
      ? 'unknown field: no registered criterion declares fact fields'
      : `unknown field: the fields registered criteria declare are ${names.join(', ')}`;
  const fact = z
    .strictObject(
      {
        ...OWN_SHAPE,
        ...Object.fromEntries([...declared].map(([name, schema]) => [name, schema.optional()])),
      },
      { error: (issue) => (issue.code === 'unrecognized_keys' ? unknownField : undefined) },
    )
    .refine((value) => valueFields.some((field) => field in value), {
      message: `a fact needs at least one of ${valueFields.join(', ')}`,
    });
  return z.array(fact);
}

/**
 * The schema of a list of facts under this registry, built once per registry (and again after a
 * registration). Throws as declaredFields does; the server builds it at start to find that early.
 */
export function factsSchema(registry: RuleRegistry): z.ZodType<FactInput[]> {
  const cached = schemas.get(registry);
  if (cached !== undefined && cached.revision === registry.revision) return cached.facts;
  const facts = factsSchemaOf(registry);
  schemas.set(registry, { revision: registry.revision, facts });
  return facts;
}

export type FactInputsCheck =
  | { readonly valid: true; readonly facts: FactInput[] }
  | { readonly valid: false; readonly problems: Problem[] };

/**
 * Checks facts from outside against the server's registry; each problem at its JSON pointer under
 * `base` (the list's own pointer), an unknown field at its own: `/facts/3/approvedByStaf`.
 */
export function checkFactInputs(facts: unknown, registry: RuleRegistry, base = ''): FactInputsCheck {
  const checked = factsSchema(registry).safeParse(facts);
  if (checked.success) return { valid: true, facts: checked.data };
  const problems = checked.error.issues.flatMap((issue): Problem[] => {
    const pointer = joinPointer(
      base,
      ...issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    );
    return issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ pointer: joinPointer(pointer, key), message: issue.message }))
      : [{ pointer, message: issue.message }];
  });
  return { valid: false, problems };
}

/** Problems in one line, for errors that are logged or carry no list (a plugin's facts). */
export function problemsInWords(problems: readonly Problem[]): string {
  return problems.map(({ pointer, message }) => `${pointer}: ${message}`).join('; ');
}
