// The validator's vocabulary: problems found at a path inside a statement, and the checks of single
// values (objects and their allowed properties, strings of a format, numbers, language maps,
// extensions) that the statement's parts are made of.
import { isIri, isLanguageTag, isUuid } from './xapi-formats.ts';

export type FieldPath = readonly (string | number)[];

export interface Finding {
  readonly path: FieldPath;
  readonly message: string;
}

/** Where the checks put what they find. */
export type Findings = Finding[];

/** A path as a reader names the field: `context.contextActivities.parent[0].id`. */
export function fieldName(path: FieldPath): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

const SHOWN_LENGTH = 80;

/** A value the sender gave, quoted and cut short: messages repeat it, never at any length. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function has(value: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(value, key);
}

/** `value` if it is a JSON object, else a finding (`what`: "an Agent"); null values included. */
export function objectAt(
  value: unknown,
  path: FieldPath,
  found: Findings,
  what: string,
): Record<string, unknown> | null {
  if (isRecord(value)) return value;
  found.push({ path, message: `must be ${what} (a JSON object)` });
  return null;
}

/** A finding for each property xAPI does not define on `what` (keys are case-sensitive). */
export function onlyProperties(
  value: Record<string, unknown>,
  allowed: readonly string[],
  path: FieldPath,
  found: Findings,
  what: string,
): void {
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) found.push({ path: [...path, key], message: `is not a property of ${what}` });
}

/** Findings for properties `what` must have. */
export function requiredProperties(
  value: Record<string, unknown>,
  required: readonly string[],
  path: FieldPath,
  found: Findings,
  what: string,
): void {
  for (const key of required)
    if (!has(value, key)) found.push({ path: [...path, key], message: `is required in ${what}` });
}

/** A string; when `format` is given, one it accepts (its `name` says what in the finding). */
export function checkString(
  value: unknown,
  path: FieldPath,
  found: Findings,
  format?: { test: (text: string) => boolean; name: string },
): value is string {
  if (typeof value !== 'string') {
    found.push({ path, message: `must be ${format ? format.name : 'a string'}` });
    return false;
  }
  if (format && !format.test(value)) {
    found.push({ path, message: `must be ${format.name}, not ${quoted(value)}` });
    return false;
  }
  return true;
}

export const IRI_FORMAT = { test: isIri, name: 'an IRI (a scheme such as https: and no white space)' };
export const UUID_FORMAT = { test: isUuid, name: 'a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e' };

export function checkIri(value: unknown, path: FieldPath, found: Findings): value is string {
  return checkString(value, path, found, IRI_FORMAT);
}

export function checkNumber(value: unknown, path: FieldPath, found: Findings): value is number {
  if (typeof value === 'number') return true;
  found.push({ path, message: 'must be a number' });
  return false;
}

export function checkBoolean(value: unknown, path: FieldPath, found: Findings): void {
  if (typeof value !== 'boolean') found.push({ path, message: 'must be true or false' });
}

/** A language map: RFC 5646 tags to strings (`{ "en-US": "completed" }`). */
export function checkLanguageMap(value: unknown, path: FieldPath, found: Findings): void {
  const map = objectAt(value, path, found, 'a language map');
  if (map === null) return;
  for (const [tag, text] of Object.entries(map)) {
    if (!isLanguageTag(tag))
      found.push({ path: [...path, tag], message: 'is not a language tag (RFC 5646, such as en-US)' });
    else if (typeof text !== 'string') found.push({ path: [...path, tag], message: 'must be a string' });
  }
}

/** Extensions: IRI keys, any JSON values (null included: xAPI allows it there alone). */
export function checkExtensions(value: unknown, path: FieldPath, found: Findings): void {
  const map = objectAt(value, path, found, 'a map of extensions');
  if (map === null) return;
  for (const key of Object.keys(map))
    if (!isIri(key)) found.push({ path: [...path, key], message: `must be an IRI to name an extension` });
}

/** Each element of an array, checked by `check`; a finding when `value` is not an array. */
export function eachOf(
  value: unknown,
  path: FieldPath,
  found: Findings,
  check: (element: unknown, at: FieldPath) => void,
): void {
  if (!Array.isArray(value)) {
    found.push({ path, message: 'must be an array' });
    return;
  }
  value.forEach((element, index) => check(element, [...path, index]));
}
