// Learning path keys (`path-v1:org+number+run+group`) and course keys (`course-v1:org+number+run`):
// parsing with errors that say what is wrong, and formatting.
import { FORMAT_LIMITS } from './definition/limits.ts';
import { wording, type Wording } from './registry/wording.ts';

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

/** Thrown by the parse functions; `message` says what is wrong with the key, `words` says it as a message too. */
export class KeyError extends Error {
  override readonly name = 'KeyError';
  constructor(readonly words: Wording) {
    super(words.text);
  }
}

/** A kind of key: its prefix, the noun the sentences use, its parts, and its `kind` in messages. */
interface KeyKind {
  readonly kind: 'path' | 'course';
  readonly prefix: string;
  readonly noun: string;
  readonly names: readonly string[];
}
const PATH: KeyKind = {
  kind: 'path',
  prefix: 'path-v1',
  noun: 'learning path',
  names: ['org', 'number', 'run', 'group'],
};
const COURSE: KeyKind = {
  kind: 'course',
  prefix: 'course-v1',
  noun: 'course',
  names: ['org', 'number', 'run'],
};

/** Parses `path-v1:org+number+run+group`; throws KeyError naming the problem. */
export function parsePathKey(text: string): PathKey {
  const [org, number, run, group] = parseParts(text, PATH);
  return { org: org!, number: number!, run: run!, group: group! };
}

/**
 * The course a run belongs to, as Open edX's catalog names it (`org+number`), or null for text
 * that is not a `course-v1:` key. Cheap: the engine calls it for every fact of paths that follow
 * courses.
 */
export function courseOfRun(runKey: string): string | null {
  if (!runKey.startsWith('course-v1:')) return null;
  const lastPlus = runKey.lastIndexOf('+');
  const course = runKey.slice('course-v1:'.length, lastPlus);
  return lastPlus > 0 && course.includes('+') ? course : null;
}

/** Parses `course-v1:org+number+run`; throws KeyError naming the problem. */
export function parseCourseKey(text: string): CourseKey {
  const [org, number, run] = parseParts(text, COURSE);
  return { org: org!, number: number!, run: run! };
}

export function formatPathKey(key: PathKey): string {
  return formatParts(PATH, [key.org, key.number, key.run, key.group]);
}

export function formatCourseKey(key: CourseKey): string {
  return formatParts(COURSE, [key.org, key.number, key.run]);
}

/** The problem with a path key as a sentence, or null when it is well formed. */
export function pathKeyProblem(text: string): string | null {
  return pathKeyWords(text)?.text ?? null;
}

/** The problem with a course key as a sentence, or null when it is well formed. */
export function courseKeyProblem(text: string): string | null {
  return courseKeyWords(text)?.text ?? null;
}

/** The problem with a path key as a sentence and its message (`lp.problem.key.*`), or null. */
export function pathKeyWords(text: string): Wording | null {
  return problemOf(() => parsePathKey(text));
}

/** The problem with a course key as a sentence and its message (`lp.problem.key.*`), or null. */
export function courseKeyWords(text: string): Wording | null {
  return problemOf(() => parseCourseKey(text));
}

function problemOf(parse: () => unknown): Wording | null {
  try {
    parse();
    return null;
  } catch (error) {
    if (error instanceof KeyError) return error.words;
    throw error;
  }
}

function parseParts(text: string, key: KeyKind): string[] {
  const { kind, prefix, noun, names } = key;
  const shape = `${prefix}:${names.join('+')}`;
  if (typeof text !== 'string')
    throw new KeyError(
      wording(`a ${noun} key must be a string like ${shape}`, 'lp.problem.key.notAString', { kind, shape }),
    );
  checkLength(text, key);
  const notAKey = notAKeyOf(text, noun);
  if (!text.startsWith(prefix + ':')) {
    throw new KeyError(
      wording(`${notAKey}: it must start with "${prefix}:" (${shape})`, 'lp.problem.key.prefix', {
        kind,
        text,
        prefix,
        shape,
      }),
    );
  }
  const parts = text.slice(prefix.length + 1).split('+');
  if (parts.length !== names.length) {
    const count = parts.length;
    throw new KeyError(
      wording(
        `${notAKey}: it has ${count} part${count === 1 ? '' : 's'} separated by "+", expected ${names.length} (${shape})`,
        'lp.problem.key.partCount',
        { kind, text, count, expected: names.length, shape },
      ),
    );
  }
  parts.forEach((part, index) => checkPart(text, key, names[index]!, part));
  return parts;
}

function checkPart(text: string, { kind, noun }: KeyKind, name: string, part: string): void {
  const notAKey = notAKeyOf(text, noun);
  if (part === '')
    throw new KeyError(
      wording(`${notAKey}: its ${name} part is empty`, 'lp.problem.key.emptyPart', {
        kind,
        text,
        part: name,
      }),
    );
  if (!PART_PATTERN.test(part)) {
    const character = [...part].find((char) => !PART_PATTERN.test(char))!;
    throw new KeyError(
      wording(
        `${notAKey}: its ${name} part "${part}" contains "${character}"; allowed are letters, digits and _ - ~ . :`,
        'lp.problem.key.character',
        { kind, text, part: name, content: part, character },
      ),
    );
  }
}

/** Keys name database rows and URL segments, which have a size. The sentence leaves out so long a text. */
function checkLength(text: string, { kind, noun }: KeyKind): void {
  const limit = FORMAT_LIMITS.keyLength;
  if (text.length > limit)
    throw new KeyError(
      wording(
        `a ${noun} key must be at most ${limit} characters long, not ${text.length}`,
        'lp.problem.key.tooLong',
        { kind, limit, length: text.length },
      ),
    );
}

/** How every sentence about a malformed key begins. */
function notAKeyOf(text: string, noun: string): string {
  return `"${text}" is not a ${noun} key`;
}

function formatParts(key: KeyKind, parts: readonly string[]): string {
  const text = `${key.prefix}:${parts.join('+')}`;
  checkLength(text, key);
  parts.forEach((part, index) => checkPart(text, key, key.names[index]!, part));
  return text;
}
