// Loading a path for an actor: 404 when it does not exist or the actor may not know it exists,
// 403 when they may see it but not change it.
import { AppError } from '../../errors.ts';
import type { PathRecord, PathRepository } from '../../store/repositories/path-repository.ts';
import { canAuthor, isPathStaff, type Actor } from '../actor.ts';

/**
 * Who may see a path: its staff always; anyone signed in once it is published and public.
 * (Enrolled learners of an invite-only path come with enrollments.)
 */
export function canSeePath(actor: Actor, path: PathRecord, publishedVisibility: string | undefined): boolean {
  if (isPathStaff(actor, path.key)) return true;
  return path.status === 'published' && publishedVisibility === 'public';
}

export async function pathForAuthor(paths: PathRepository, actor: Actor, key: string): Promise<PathRecord> {
  const path = await paths.get(key);
  if (!path || !isPathStaff(actor, key)) throw new AppError('not_found', `no path has the key ${key}`);
  if (!canAuthor(actor, path.org))
    throw new AppError('forbidden', `only authors of ${path.org} may change ${key}`);
  return path;
}
