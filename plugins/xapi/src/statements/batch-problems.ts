// A request's statements checked together, as xAPI wants a batch (all or nothing): every problem
// named by the statement's index and field, at a JSON pointer into the request body.
import type { PointedProblem } from '../http/problem.ts';
import { fieldName } from './check-values.ts';
import { checkStatement } from './validate-statement.ts';

/** At most this many problems are listed: a batch of bad statements gets a readable answer. */
const LISTED = 50;

export interface BatchProblems {
  /** The first problem in words: `statement 2: actor: an Agent needs exactly one of …`. */
  readonly detail: string;
  readonly errors: readonly PointedProblem[];
}

/** The problems of `statements`; `inArray` when the body was an array (pointers then start with the index). */
export function batchProblems(statements: readonly unknown[], inArray: boolean): BatchProblems | null {
  const found = statements.flatMap((statement, index) =>
    checkStatement(statement).map((finding) => ({ index, ...finding })),
  );
  if (found.length === 0) return null;
  const sentences = found.map(({ index, path, message }) =>
    path.length === 0
      ? `statement ${index}: ${message}`
      : `statement ${index}: ${fieldName(path)}: ${message}`,
  );
  const more = found.length - 1;
  return {
    detail: `${sentences[0]}${more === 0 ? '' : ` (and ${more} more problem${more === 1 ? '' : 's'})`}; nothing was stored`,
    errors: found.slice(0, LISTED).map(({ index, path }, position) => ({
      pointer: jsonPointer(inArray ? [index, ...path] : path),
      message: sentences[position]!,
    })),
  };
}

function jsonPointer(path: readonly (string | number)[]): string {
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
