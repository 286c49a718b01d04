// Loading a path for an actor: 404 when it does not exist or the actor may not know it exists,
// 403 when they may see it but not change it.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { PathRecord, PathRepository } from '../../store/repositories/path-repository.ts';
import { canAuthor, isPathStaff, type Actor } from '../actor.ts';

const absent = (key: string) => new AppError('not_found', `no path has the key ${key}`);

/**
 * A path the actor may see: its staff always; others once it is published (or archived after
 * that), when it is public or they are enrolled on it.
 */
export async function visiblePath(
  data: Pick<DataAccess, 'paths' | 'enrollments'>,
  actor: Actor,
  key: string,
): Promise<PathRecord> {
  const path = await data.paths.get(key);
  if (!path) throw absent(key);
  if (isPathStaff(actor, key)) return path;
  if (path.publishedVersion === null) throw absent(key);
  if (path.status === 'published' && path.visibility === 'public') return path;
  if ((await data.enrollments.get(key, actor.user.id))?.isActive) return path;
  throw absent(key);
}

/** A path its staff (authors and instructors) manage: 404 for anyone else, as if it did not exist. */
export async function pathForStaff(paths: PathRepository, actor: Actor, key: string): Promise<PathRecord> {
  const path = await paths.get(key);
  if (!path || !isPathStaff(actor, key)) throw absent(key);
  return path;
}

export async function pathForAuthor(paths: PathRepository, actor: Actor, key: string): Promise<PathRecord> {
  const path = await pathForStaff(paths, actor, key);
  if (!canAuthor(actor, path.org))
    throw new AppError('forbidden', `only authors of ${path.org} may change ${key}`);
  return path;
}
