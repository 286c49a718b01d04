// Use case: the version history of a path, for its staff: who published what and when.
import { AppError } from '../../errors.ts';
import type { PathRepository, PathVersionRecord } from '../../store/repositories/path-repository.ts';
import { isPathStaff, type Actor } from '../actor.ts';

export async function pathVersions({
  paths,
  actor,
  key,
}: {
  paths: PathRepository;
  actor: Actor;
  key: string;
}): Promise<PathVersionRecord[]> {
  if (!isPathStaff(actor, key) || !(await paths.get(key)))
    throw new AppError('not_found', `no path has the key ${key}`);
  return paths.versions(key);
}
