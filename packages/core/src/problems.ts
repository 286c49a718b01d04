// Problems found in an author's document: a JSON pointer (RFC 6901) to the place and a sentence about it,
// in English and, for a UI to translate, as a message (`lp.problem.*` ids, listed in docs/path-format.md).
import { toWording, type Message, type RuleWords } from './registry/wording.ts';

/** One thing wrong with a document, at a JSON pointer such as `/requirements/children/2/count`. */
export interface Problem {
  readonly pointer: string;
  /** The sentence in English. */
  readonly message: string;
  /** The same sentence as a message; absent when a plugin's rule or schema gave a plain string. */
  readonly translatable?: Message;
}

/** A problem at `pointer` saying `words`: `problemAt(pointer, wording(text, id, values))`. */
export function problemAt(pointer: string, words: RuleWords): Problem {
  const { text, message } = toWording(words);
  return message ? { pointer, message: text, translatable: message } : { pointer, message: text };
}

/** Builds a JSON pointer from path segments, escaping `~` and `/` as RFC 6901 requires. */
export function toPointer(segments: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of segments) {
    pointer += '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
  }
  return pointer;
}

/** Appends segments to an existing pointer. */
export function joinPointer(base: string, ...segments: (string | number)[]): string {
  return base + toPointer(segments);
}

/** Problems sorted by where they occur in the document, then by message, so reports are stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => comparePointers(a.pointer, b.pointer) || a.message.localeCompare(b.message),
  );
}

function comparePointers(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (x !== '' && y !== '' && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
