// Use case: an author creates a path from a definition; it starts as a draft. The definition must
// be valid, unless `unfinished` (Studio's first save of a new path): then it is stored with its
// problems as long as it meets the draft rules (draft-rules.ts). Its steps may use other
// organisations' invite-only courses only where those share them (catalog/course-sharing.ts).
import { validatePath, type Problem, type RuleRegistry } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { PathRecord } from '../../store/repositories/path-repository.ts';
import { canAuthor, orgOfPath, type Actor } from '../actor.ts';
import { writeOrConflict } from '../write-or-conflict.ts';
import { assertDraftCoursesShared, storableDraft } from './draft-rules.ts';

export interface CreatePathOptions {
  readonly data: Pick<DataAccess, 'paths' | 'courses' | 'sharing'>;
  readonly actor: Actor;
  readonly definition: unknown;
  readonly now: string;
  /** The rules the definition may use: the server's (CompiledPaths.registry); core's default when absent. */
  readonly registry?: RuleRegistry;
  /** Store a definition that is not valid yet, as a work in progress; refused (422) otherwise. */
  readonly unfinished?: boolean;
}

export async function createPath({
  data,
  actor,
  definition,
  now,
  registry,
  unfinished = false,
}: CreatePathOptions): Promise<PathRecord & { readonly problems: readonly Problem[] }> {
  if (!unfinished) {
    const result = validatePath(definition, registry);
    if (!result.valid) throw new AppError('invalid', 'the path definition is not valid', result.errors);
  }
  const { key, title, problems } = storableDraft(definition, undefined, registry);
  const org = orgOfPath(key);
  if (!canAuthor(actor, org)) throw new AppError('forbidden', `only authors of ${org} may create its paths`);
  await assertDraftCoursesShared(data, key, definition);
  const created = await writeOrConflict(
    data.paths.create({ key, org, title, draft: definition, createdBy: actor.user.username, now }),
  );
  return { ...created, problems };
}
