// Use case: an author creates a path from a definition; it starts as a draft. Its steps may use
// other organisations' invite-only courses only where those share them (catalog/course-sharing.ts).
import { validatePath, type RuleRegistry } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { PathRecord } from '../../store/repositories/path-repository.ts';
import { canAuthor, orgOfPath, type Actor } from '../actor.ts';
import { assertCoursesShared } from '../catalog/course-sharing.ts';
import { writeOrConflict } from '../write-or-conflict.ts';

export interface CreatePathOptions {
  readonly data: Pick<DataAccess, 'paths' | 'courses' | 'sharing'>;
  readonly actor: Actor;
  readonly definition: unknown;
  readonly now: string;
  /** The rules the definition may use: the server's (CompiledPaths.registry); core's default when absent. */
  readonly registry?: RuleRegistry;
}

export async function createPath({
  data,
  actor,
  definition,
  now,
  registry,
}: CreatePathOptions): Promise<PathRecord> {
  const result = validatePath(definition, registry);
  if (!result.valid) throw new AppError('invalid', 'the path definition is not valid', result.errors);
  const { key, title } = result.definition;
  const org = orgOfPath(key);
  if (!canAuthor(actor, org)) throw new AppError('forbidden', `only authors of ${org} may create its paths`);
  await assertCoursesShared(data, key, result.definition);
  return writeOrConflict(
    data.paths.create({ key, org, title, draft: result.definition, createdBy: actor.user.username, now }),
  );
}
