// The problems of a document too big to be a path (FORMAT_LIMITS): too many nodes, groups nested
// too deeply, and values nesting too deeply, measured without recursion before anything recursive
// (zod, JSON.stringify) looks at them: a document may nest deeper than the call stack allows.
import { FORMAT_LIMITS } from '../definition/limits.ts';
import { joinPointer, problemAt, type Problem } from '../problems.ts';
import { wording } from '../registry/wording.ts';

/** At the first node over the limit, which the walk stops before. */
export function tooManyNodes(pointer: string): Problem {
  const limit = FORMAT_LIMITS.nodes;
  return problemAt(
    pointer,
    wording(
      `a path may have at most ${limit} nodes (steps and groups); this is one too many`,
      'lp.problem.tooManyNodes',
      { limit },
    ),
  );
}

/** At the first group nested one level deeper than the limit, whose children the walk leaves. */
export function tooDeep(pointer: string): Problem {
  const limit = FORMAT_LIMITS.groupDepth;
  return problemAt(
    pointer,
    wording(
      `groups may nest at most ${limit} levels deep; this group is one level deeper`,
      'lp.problem.tooDeep',
      { limit },
    ),
  );
}

/** A place inside a value, as a chain back to the value itself. */
interface Place {
  readonly segment: string | number;
  readonly parent: Place | null;
}

/**
 * A problem for each field of `owner` (but `except`, walked by the caller) whose value nests
 * objects and lists more than FORMAT_LIMITS.valueDepth levels deep, at the first place too deep.
 */
export function nestingProblems(owner: Record<string, unknown>, pointer: string, except: string): Problem[] {
  const problems: Problem[] = [];
  for (const [field, value] of Object.entries(owner)) {
    if (field === except || typeof value !== 'object' || value === null) continue;
    const place = firstTooDeep(value, { segment: field, parent: null });
    if (place === undefined) continue;
    const limit = FORMAT_LIMITS.valueDepth;
    problems.push(
      problemAt(
        joinPointer(pointer, ...segmentsOf(place)),
        wording(`objects and lists may nest at most ${limit} levels deep here`, 'lp.problem.tooNested', {
          limit,
        }),
      ),
    );
  }
  return problems;
}

function firstTooDeep(value: object, place: Place): Place | undefined {
  const stack: { value: unknown; depth: number; place: Place }[] = [{ value, depth: 1, place }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current.value !== 'object' || current.value === null) continue;
    if (current.depth > FORMAT_LIMITS.valueDepth) return current.place;
    const isList = Array.isArray(current.value);
    for (const [key, inner] of Object.entries(current.value))
      if (typeof inner === 'object' && inner !== null)
        stack.push({
          value: inner,
          depth: current.depth + 1,
          place: { segment: isList ? Number(key) : key, parent: current.place },
        });
  }
  return undefined;
}

function segmentsOf(place: Place): (string | number)[] {
  const segments: (string | number)[] = [];
  for (let current: Place | null = place; current !== null; current = current.parent)
    segments.unshift(current.segment);
  return segments;
}
