// Use case: read a path. Staff see the draft as well as the published definition; others see only
// what is published, and only where they may (404 otherwise, as if it did not exist). A draft may
// be unfinished: its staff see what is left to fix before it can be published.
import { validatePath, type PathDefinition, type Problem, type RuleRegistry } from '@learning-paths/core';
import type { DataAccess } from '../../store/data-access.ts';
import type { PathStatus } from '../../domain/path-statuses.ts';
import { isPathStaff, type Actor } from '../actor.ts';
import { visiblePath } from './path-access.ts';

export interface PathView {
  readonly key: string;
  readonly org: string;
  readonly title: string;
  readonly status: PathStatus;
  /** The published version learners follow; null before the first publication. */
  readonly version: number | null;
  /** The published definition; null before the first publication. */
  readonly definition: PathDefinition | null;
  /** Staff only: the draft and its revision, for editing. It may be unfinished (see draftProblems). */
  readonly draft?: unknown;
  readonly draftRevision?: number;
  /** Staff only: the draft's problems, each to fix before publishing; empty when it is valid. */
  readonly draftProblems?: Problem[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface GetPathOptions {
  readonly data: Pick<DataAccess, 'paths' | 'enrollments'>;
  readonly actor: Actor;
  readonly key: string;
  /** The rules the draft may use: the server's (CompiledPaths.registry); core's default when absent. */
  readonly registry?: RuleRegistry;
}

export async function getPath({ data, actor, key, registry }: GetPathOptions): Promise<PathView> {
  const path = await visiblePath(data, actor, key);
  const published = path.publishedVersion ? await data.paths.version(key, path.publishedVersion) : undefined;
  const definition = (published?.definition ?? null) as PathDefinition | null;
  const view: PathView = {
    key: path.key,
    org: path.org,
    title: path.title,
    status: path.status,
    version: path.publishedVersion,
    definition,
    createdAt: path.createdAt,
    updatedAt: path.updatedAt,
  };
  return isPathStaff(actor, key)
    ? {
        ...view,
        draft: path.draft,
        draftRevision: path.draftRevision,
        draftProblems: [...validatePath(path.draft, registry).errors],
      }
    : view;
}
