// Use case: an author publishes a path's draft as its next immutable version, the one learners
// are evaluated against from then on.
import { validatePath } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { PathRepository, PathVersionRecord } from '../../store/repositories/path-repository.ts';
import type { Actor } from '../actor.ts';
import { pathForAuthor } from './path-access.ts';

export interface PublishPathOptions {
  readonly paths: PathRepository;
  readonly actor: Actor;
  readonly key: string;
  readonly now: string;
}

export async function publishPath({
  paths,
  actor,
  key,
  now,
}: PublishPathOptions): Promise<PathVersionRecord> {
  const path = await pathForAuthor(paths, actor, key);
  if (path.status === 'archived')
    throw new AppError('conflict', `${key} is archived; restore it before publishing`);
  // Drafts are validated when saved, but the rules may have changed since (a plugin removed).
  const result = validatePath(path.draft);
  if (!result.valid)
    throw new AppError('invalid', 'the draft is not valid, so it cannot be published', result.errors);
  return paths.publish({ key, definition: result.definition, publishedBy: actor.user.username, now });
}
