// Use case: an author archives a path (it leaves lists of active paths and cannot be published
// until restored) or restores it to what it was: published if it ever was, else a draft.
import type { PathRecord, PathRepository } from '../../store/repositories/path-repository.ts';
import type { Actor } from '../actor.ts';
import { pathForAuthor } from './path-access.ts';

export interface ArchivePathOptions {
  readonly paths: PathRepository;
  readonly actor: Actor;
  readonly key: string;
  readonly archived: boolean;
  readonly now: string;
}

export async function setPathArchived({
  paths,
  actor,
  key,
  archived,
  now,
}: ArchivePathOptions): Promise<PathRecord> {
  const path = await pathForAuthor(paths, actor, key);
  const status = archived ? 'archived' : path.publishedVersion === null ? 'draft' : 'published';
  if (status !== path.status) await paths.setStatus(key, status, now);
  return (await paths.get(key))!;
}
