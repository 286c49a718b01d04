// Use case: an author creates a path from a definition; it starts as a draft.
import { validatePath } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { PathRecord, PathRepository } from '../../store/repositories/path-repository.ts';
import { canAuthor, orgOfPath, type Actor } from '../actor.ts';

export interface CreatePathOptions {
  readonly paths: PathRepository;
  readonly actor: Actor;
  readonly definition: unknown;
  readonly now: string;
}

export async function createPath({ paths, actor, definition, now }: CreatePathOptions): Promise<PathRecord> {
  const result = validatePath(definition);
  if (!result.valid) throw new AppError('invalid', 'the path definition is not valid', result.errors);
  const { key, title } = result.definition;
  const org = orgOfPath(key);
  if (!canAuthor(actor, org)) throw new AppError('forbidden', `only authors of ${org} may create its paths`);
  return paths.create({ key, org, title, draft: result.definition, createdBy: actor.user.username, now });
}
