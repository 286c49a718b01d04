// Turns zod's issues into problems a person understands, each at a JSON pointer.
import type { z } from 'zod';
import { joinPointer, type Problem } from '../problems.ts';
import { closestName } from './closest-name.ts';

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
      return issue.keys.map((key) => {
        const guess = closestName(key, fieldsAt(schema, issue.path));
        return {
          pointer: joinPointer(pointer, key),
          message: `unknown field "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        };
      });
    case 'invalid_type':
      return [{ pointer, message: describeInvalidType(field, issue.expected, issue.input) }];
    case 'too_small':
      return [
        {
          pointer,
          message: `${field} ${describeBound(issue.origin, issue.minimum, issue.inclusive ?? true, 'small')}`,
        },
      ];
    case 'too_big':
      return [
        {
          pointer,
          message: `${field} ${describeBound(issue.origin, issue.maximum, issue.inclusive ?? true, 'big')}`,
        },
      ];
    case 'invalid_value':
      return [
        {
          pointer,
          message: `${field} must be ${describeChoices(issue.values)}, not ${describeValue(issue.input)}`,
        },
      ];
    case 'invalid_format':
      // Format messages in the schemas are predicates: "must be an ISO 8601 time …".
      return [{ pointer, message: `${field} ${issue.message}` }];
    default:
      // Custom checks (keys, reserved ids) write whole sentences.
      return [{ pointer, message: issue.message }];
  }
}

function fieldName(path: readonly PropertyKey[]): string {
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

function describeInvalidType(field: string, expected: string, input: unknown): string {
  if (input === undefined) return `${field} is required`;
  return `${field} must be ${ARTICLES[expected] ?? expected}, not ${describeValue(input)}`;
}

function describeChoices(values: readonly unknown[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  return quoted.length > 2 ? `one of ${quoted.join(', ')}` : quoted.join(' or ');
}

function describeValue(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'string')
    return `the string ${JSON.stringify(input.length > 40 ? input.slice(0, 40) + '…' : input)}`;
  return typeof input === 'number' || typeof input === 'boolean' ? String(input) : typeof input;
}

function describeBound(
  origin: string,
  limit: number | bigint,
  inclusive: boolean,
  side: 'small' | 'big',
): string {
  const value = String(limit);
  switch (origin) {
    case 'array':
      return side === 'small'
        ? limit === 1
          ? 'must not be empty'
          : `must have at least ${value} entries`
        : `must have at most ${value} entries`;
    case 'string':
      return side === 'small'
        ? limit === 1
          ? 'must not be empty'
          : `must be at least ${value} characters long`
        : `must be at most ${value} characters long`;
    default:
      if (side === 'small') return inclusive ? `must be at least ${value}` : `must be greater than ${value}`;
      return inclusive ? `must be at most ${value}` : `must be less than ${value}`;
  }
}
