// What a draft must satisfy to be stored while unfinished: an object with a valid key (the path's
// own) and a title, within the format's size limits, and only steps whose courses the path may use.
// Every other problem is kept with the draft, listed to its authors, and blocks only publishing.
import {
  validatePath,
  type PathDefinition,
  type PathNode,
  type Problem,
  type RuleRegistry,
} from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { assertCoursesShared } from '../catalog/course-sharing.ts';

/** Problems that stop a draft being stored: sizes the store, the API and the editor are built for. */
const NEVER_STORED = new Set([
  'lp.problem.notAPath',
  'lp.problem.tooManyNodes',
  'lp.problem.tooDeep',
  'lp.problem.tooNested',
  'lp.problem.maxLength',
  'lp.problem.maxEntries',
  'lp.problem.key.tooLong',
]);

/** A problem at the key or the title (the path's identity and its name in every list) refuses it. */
function refuses(problem: Problem): boolean {
  return (
    problem.pointer === '/key' ||
    problem.pointer === '/title' ||
    NEVER_STORED.has(problem.translatable?.id ?? '')
  );
}

export interface CheckedDraft {
  readonly key: string;
  readonly title: string;
  /** What is left to fix before the draft can be published; empty when it is valid. */
  readonly problems: readonly Problem[];
}

/**
 * What a draft to be stored for `pathKey` (undefined when it creates the path) keeps: its key,
 * title and problems; 422 with the problems that refuse it.
 */
export function storableDraft(
  definition: unknown,
  pathKey: string | undefined,
  registry?: RuleRegistry,
): CheckedDraft {
  const { errors } = validatePath(definition, registry);
  const refused = errors.filter(refuses);
  if (refused.length > 0)
    throw new AppError('invalid', 'the draft cannot be saved until these problems are fixed', refused);
  // Past the filter, the key and the title are valid strings.
  const { key, title } = definition as { key: string; title: string };
  if (pathKey !== undefined && key !== pathKey)
    throw new AppError('invalid', 'the definition is for another path', [
      { pointer: '/key', message: `the key must stay ${pathKey}; create a new path for ${key}` },
    ]);
  return { key, title, problems: errors };
}

/** Refuses (422) a draft whose readable steps use courses the path may not use. */
export async function assertDraftCoursesShared(
  data: Pick<DataAccess, 'courses' | 'sharing'>,
  key: string,
  definition: unknown,
): Promise<void> {
  await assertCoursesShared(data, key, readableSteps(definition));
}

/**
 * The steps of an unfinished definition that can be read (an object with a string `course`), at
 * their places: other nodes become empty groups, so that each step keeps its pointer.
 */
function readableSteps(definition: unknown): PathDefinition {
  const requirements = (definition as { requirements?: unknown }).requirements;
  return { requirements: readable(requirements, 0) } as unknown as PathDefinition;
}

function readable(node: unknown, depth: number): PathNode {
  const empty = { id: 'unreadable', rule: 'all', children: [] } as unknown as PathNode;
  if (typeof node !== 'object' || node === null) return empty;
  const record = node as Record<string, unknown>;
  if (typeof record.course === 'string') return { id: 'step', course: record.course };
  // The depth is bounded: a draft nested deeper than the format allows was refused above.
  if (!Array.isArray(record.children) || depth > 64) return empty;
  return {
    ...empty,
    children: record.children.map((child: unknown) => readable(child, depth + 1)),
  };
}
