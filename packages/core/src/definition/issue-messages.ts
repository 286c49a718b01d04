// Turns zod's issues into problems a person understands, each at a JSON pointer, in English and as
// messages (`lp.problem.*`).
import type { z } from 'zod';
import { joinPointer, problemAt, type Problem } from '../problems.ts';
import { wording, type Message, type Wording } from '../registry/wording.ts';
import { closestName, withGuess } from './closest-name.ts';
import { predicateMessage } from './format-predicates.ts';

/** Parses `value` with `schema` and describes each issue in a sentence; `base` is the pointer of `value`. */
export function shapeProblems(schema: z.ZodType, value: unknown, base: string): Problem[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => describeIssue(issue, base, schema));
}

/** The field names of the object schema found at `path` inside `schema`, for suggestions. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const segment of path) {
    current = unwrap(current);
    if (typeof segment === 'number' && isArraySchema(current)) current = current.element;
    else if (isObjectSchema(current)) current = current.shape[String(segment)];
    else return [];
  }
  current = unwrap(current);
  return isObjectSchema(current) ? Object.keys(current.shape) : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  while (
    current instanceof Object &&
    'unwrap' in current &&
    typeof current.unwrap === 'function' &&
    !isArraySchema(current)
  ) {
    current = (current.unwrap as () => unknown)();
  }
  return current;
}

function isObjectSchema(schema: unknown): schema is z.ZodObject {
  return schema instanceof Object && 'shape' in schema && schema.shape instanceof Object;
}

function isArraySchema(schema: unknown): schema is z.ZodArray<z.ZodType> {
  return schema instanceof Object && 'element' in schema;
}

function describeIssue(issue: z.core.$ZodIssue, base: string, schema: z.ZodType): Problem[] {
  const pointer = joinPointer(
    base,
    ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
  );
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        problemAt(
          joinPointer(pointer, key),
          withGuess(
            `unknown field "${key}"`,
            'lp.problem.unknownField',
            { field: key },
            closestName(key, fieldsAt(schema, issue.path)),
          ),
        ),
      );
    case 'invalid_type':
      return [problemAt(pointer, describeInvalidType(field, issue.expected, issue.input))];
    case 'too_small':
      return [problemAt(pointer, describeBound(field, issue.origin, issue.minimum, issue.inclusive, 'min'))];
    case 'too_big':
      return [problemAt(pointer, describeBound(field, issue.origin, issue.maximum, issue.inclusive, 'max'))];
    case 'invalid_value':
      return [problemAt(pointer, describeChoices(field, issue.values, issue.input))];
    case 'invalid_format': {
      // Format messages in the schemas are predicates: "must be an ISO 8601 time …".
      const message = predicateMessage(issue.message);
      const text = `${field} ${issue.message}`;
      return [problemAt(pointer, message ? wording(text, message.id, { field, ...message.values }) : text)];
    }
    default:
      // Custom checks (keys, reserved ids) write whole sentences, and give their messages as params.
      return [problemAt(pointer, { text: issue.message, message: customMessage(issue) })];
  }
}

/** The message a custom check gave with its sentence (`params.translatable`), if any. */
function customMessage(issue: z.core.$ZodIssue): Message | undefined {
  if (issue.code !== 'custom') return undefined;
  const message: unknown = issue.params?.translatable;
  return message instanceof Object && 'id' in message && typeof message.id === 'string'
    ? (message as Message)
    : undefined;
}

function fieldName(path: readonly PropertyKey[]): string {
  // The document itself has no name (only a facts document can be anything but an object).
  if (path.length === 0) return 'the value';
  let name = '';
  for (const segment of path)
    name += typeof segment === 'number' ? `[${segment}]` : (name ? '.' : '') + String(segment);
  return name;
}

const ARTICLES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function describeInvalidType(field: string, expected: string, input: unknown): Wording {
  if (input === undefined) return wording(`${field} is required`, 'lp.problem.required', { field });
  const given = describeValue(input);
  return wording(
    `${field} must be ${ARTICLES[expected] ?? expected}, not ${given.text}`,
    'lp.problem.wrongType',
    { field, expected, ...given.values },
  );
}

/** `"a"`, `"a" or "b"`, or `one of "a", "b", "c"`: the values as JSON writes them. */
function describeChoices(field: string, values: readonly unknown[], input: unknown): Wording {
  const quoted = values.map((value) => JSON.stringify(value));
  const given = describeValue(input);
  if (quoted.length > 2)
    return wording(`${field} must be one of ${quoted.join(', ')}, not ${given.text}`, 'lp.problem.notOneOf', {
      field,
      choices: quoted,
      ...given.values,
    });
  return wording(`${field} must be ${quoted.join(' or ')}, not ${given.text}`, 'lp.problem.notAlternative', {
    field,
    alternatives: quoted,
    ...given.values,
  });
}

/**
 * What was found instead, in words, and as values: `given` its kind (string, list, object, or
 * literal for null, numbers and booleans) and `value` as JSON writes it (for strings and literals).
 */
function describeValue(input: unknown): { readonly text: string; readonly values: Record<string, string> } {
  if (Array.isArray(input)) return { text: 'a list', values: { given: 'list' } };
  if (input !== null && typeof input === 'object') return { text: 'an object', values: { given: 'object' } };
  if (typeof input === 'string') {
    const value = JSON.stringify(input.length > 40 ? input.slice(0, 40) + '…' : input);
    return { text: `the string ${value}`, values: { given: 'string', value } };
  }
  const value =
    input === null || typeof input === 'number' || typeof input === 'boolean' ? String(input) : typeof input;
  return { text: value, values: { given: 'literal', value } };
}

/** The English of each bound, by its message id: `{field} <predicate>`. */
const BOUNDS: Readonly<Record<string, string>> = {
  'lp.problem.empty': 'must not be empty',
  'lp.problem.minEntries': 'must have at least {} entries',
  'lp.problem.maxEntries': 'must have at most {} entries',
  'lp.problem.minLength': 'must be at least {} characters long',
  'lp.problem.maxLength': 'must be at most {} characters long',
  'lp.problem.min': 'must be at least {}',
  'lp.problem.minExclusive': 'must be greater than {}',
  'lp.problem.max': 'must be at most {}',
  'lp.problem.maxExclusive': 'must be less than {}',
};

function describeBound(
  field: string,
  origin: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
  side: 'min' | 'max',
): Wording {
  const id = boundId(origin, bound, inclusive ?? true, side);
  const text = `${field} ${BOUNDS[id]!.replace('{}', String(bound))}`;
  return wording(text, id, id === 'lp.problem.empty' ? { field } : { field, limit: Number(bound) });
}

function boundId(origin: string, bound: number | bigint, inclusive: boolean, side: 'min' | 'max'): string {
  // One entry, one character: the smallest a list or a text can be without being empty.
  if (side === 'min' && Number(bound) === 1 && (origin === 'array' || origin === 'string'))
    return 'lp.problem.empty';
  if (origin === 'array') return `lp.problem.${side}Entries`;
  if (origin === 'string') return `lp.problem.${side}Length`;
  return inclusive ? `lp.problem.${side}` : `lp.problem.${side}Exclusive`;
}
