// Learning path keys (`path-v1:org+number+run+group`) and course keys (`course-v1:org+number+run`):
// parsing with errors that say what is wrong, and formatting.

/** Characters Open edX's opaque-keys allows in each part of a key: word characters and `- ~ . :`. */
const PART_PATTERN = /^[\p{L}\p{N}_\-~.:]+$/u;

export interface PathKey {
  readonly org: string;
  readonly number: string;
  readonly run: string;
  readonly group: string;
}

export interface CourseKey {
  readonly org: string;
  readonly number: string;
  readonly run: string;
}

/** Thrown by the parse functions; `message` says what is wrong with the key. */
export class KeyError extends Error {
  override readonly name = 'KeyError';
}

const PATH_PARTS = ['org', 'number', 'run', 'group'] as const;
const COURSE_PARTS = ['org', 'number', 'run'] as const;

/** Parses `path-v1:org+number+run+group`; throws KeyError naming the problem. */
export function parsePathKey(text: string): PathKey {
  const [org, number, run, group] = parseParts(text, 'path-v1', 'learning path', PATH_PARTS);
  return { org: org!, number: number!, run: run!, group: group! };
}

/** Parses `course-v1:org+number+run`; throws KeyError naming the problem. */
export function parseCourseKey(text: string): CourseKey {
  const [org, number, run] = parseParts(text, 'course-v1', 'course', COURSE_PARTS);
  return { org: org!, number: number!, run: run! };
}

export function formatPathKey(key: PathKey): string {
  return formatParts('path-v1', 'learning path', PATH_PARTS, [key.org, key.number, key.run, key.group]);
}

export function formatCourseKey(key: CourseKey): string {
  return formatParts('course-v1', 'course', COURSE_PARTS, [key.org, key.number, key.run]);
}

/** The problem with a path key as a sentence, or null when it is well formed. */
export function pathKeyProblem(text: string): string | null {
  return problemOf(() => parsePathKey(text));
}

/** The problem with a course key as a sentence, or null when it is well formed. */
export function courseKeyProblem(text: string): string | null {
  return problemOf(() => parseCourseKey(text));
}

function problemOf(parse: () => unknown): string | null {
  try {
    parse();
    return null;
  } catch (error) {
    if (error instanceof KeyError) return error.message;
    throw error;
  }
}

function parseParts(text: string, prefix: string, noun: string, names: readonly string[]): string[] {
  const shape = `${prefix}:${names.join('+')}`;
  if (typeof text !== 'string') throw new KeyError(`a ${noun} key must be a string like ${shape}`);
  if (!text.startsWith(prefix + ':')) {
    throw new KeyError(`"${text}" is not a ${noun} key: it must start with "${prefix}:" (${shape})`);
  }
  const parts = text.slice(prefix.length + 1).split('+');
  if (parts.length !== names.length) {
    throw new KeyError(
      `"${text}" is not a ${noun} key: it has ${parts.length} part${parts.length === 1 ? '' : 's'} ` +
        `separated by "+", expected ${names.length} (${shape})`,
    );
  }
  parts.forEach((part, index) => checkPart(text, noun, names[index]!, part));
  return parts;
}

function checkPart(text: string, noun: string, name: string, part: string): void {
  if (part === '') throw new KeyError(`"${text}" is not a ${noun} key: its ${name} part is empty`);
  if (!PART_PATTERN.test(part)) {
    const bad = [...part].find((char) => !PART_PATTERN.test(char));
    throw new KeyError(
      `"${text}" is not a ${noun} key: its ${name} part "${part}" contains "${bad}"; ` +
        'allowed are letters, digits and _ - ~ . :',
    );
  }
}

function formatParts(
  prefix: string,
  noun: string,
  names: readonly string[],
  parts: readonly string[],
): string {
  const text = `${prefix}:${parts.join('+')}`;
  parts.forEach((part, index) => checkPart(text, noun, names[index]!, part));
  return text;
}
