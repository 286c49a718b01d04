// Use case: the version history of a path, for its staff: who published what and when.
import type { PathRepository, PathVersionRecord } from '../../store/repositories/path-repository.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from './path-access.ts';

export async function pathVersions({
  paths,
  actor,
  key,
}: {
  paths: PathRepository;
  actor: Actor;
  key: string;
}): Promise<PathVersionRecord[]> {
  await pathForStaff(paths, actor, key);
  return paths.versions(key);
}
