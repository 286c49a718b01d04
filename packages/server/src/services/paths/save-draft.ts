// Use case: an author replaces a path's draft. The draft must be valid and keep the path's key;
// with `expectedRevision`, a save over someone else's newer one is refused instead of lost. Its
// steps may use other organisations' invite-only courses only where those share them.
import { validatePath, type RuleRegistry } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { PathRecord } from '../../store/repositories/path-repository.ts';
import type { Actor } from '../actor.ts';
import { assertCoursesShared } from '../catalog/course-sharing.ts';
import { writeOrConflict } from '../write-or-conflict.ts';
import { pathForAuthor } from './path-access.ts';

export interface SaveDraftOptions {
  readonly data: Pick<DataAccess, 'paths' | 'courses' | 'sharing'>;
  readonly actor: Actor;
  readonly key: string;
  readonly definition: unknown;
  readonly expectedRevision?: number;
  readonly now: string;
  /** The rules the definition may use: the server's (CompiledPaths.registry); core's default when absent. */
  readonly registry?: RuleRegistry;
}

export async function saveDraft({
  data,
  actor,
  key,
  definition,
  expectedRevision,
  now,
  registry,
}: SaveDraftOptions): Promise<PathRecord> {
  await pathForAuthor(data.paths, actor, key);
  const result = validatePath(definition, registry);
  if (!result.valid) throw new AppError('invalid', 'the path definition is not valid', result.errors);
  if (result.definition.key !== key) {
    throw new AppError('invalid', 'the definition is for another path', [
      {
        pointer: '/key',
        message: `the key must stay ${key}; create a new path for ${result.definition.key}`,
      },
    ]);
  }
  await assertCoursesShared(data, key, result.definition);
  const saved = await writeOrConflict(
    data.paths.saveDraft({
      key,
      title: result.definition.title,
      draft: result.definition,
      now,
      ...(expectedRevision === undefined ? {} : { expectedRevision }),
    }),
  );
  if (!saved) throw new AppError('not_found', `no path has the key ${key}`);
  return saved;
}
