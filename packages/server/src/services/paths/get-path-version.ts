// Use case: one definition of a path, for a download: the published version by default (whoever
// may see the path), an earlier version or the draft (its staff only). Only the version asked for
// is read.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { isPathStaff, type Actor } from '../actor.ts';
import { pathForStaff, visiblePath } from './path-access.ts';

export interface GetPathVersionOptions {
  readonly data: Pick<DataAccess, 'paths' | 'enrollments'>;
  readonly actor: Actor;
  readonly key: string;
  /** A published version's number, `draft`, or undefined for the version learners follow. */
  readonly version?: number | 'draft' | undefined;
}

export interface PathVersionDefinition {
  /** The version read: its number, or `draft`. */
  readonly version: number | 'draft';
  /** The definition as stored (parsed JSON). */
  readonly definition: unknown;
}

export async function getPathVersion({
  data,
  actor,
  key,
  version,
}: GetPathVersionOptions): Promise<PathVersionDefinition> {
  const path = await visiblePath(data, actor, key);
  if (version === 'draft') {
    if (!isPathStaff(actor, key)) throw new AppError('not_found', `no draft of ${key} is visible to you`);
    return { version, definition: path.draft };
  }
  const wanted = version ?? path.publishedVersion;
  // Earlier versions are their staff's business, as the version history is.
  if (wanted !== path.publishedVersion) await pathForStaff(data.paths, actor, key);
  const record = wanted === null ? undefined : await data.paths.version(key, wanted);
  if (record === undefined)
    throw new AppError(
      'not_found',
      `${key} has no ${version === undefined ? 'published version' : `version ${version}`}`,
    );
  return { version: record.version, definition: record.definition };
}
