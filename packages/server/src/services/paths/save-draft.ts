// Use case: an author replaces a path's draft. A draft is work in progress: it is stored with its
// problems (draft-rules.ts says what it must still satisfy: its own key, a title, the format's
// sizes, courses the path may use), and only publishing needs it valid. With `expectedRevision`, a
// save over someone else's newer one is refused instead of lost.
import type { Problem, RuleRegistry } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { PathRecord } from '../../store/repositories/path-repository.ts';
import type { Actor } from '../actor.ts';
import { writeOrConflict } from '../write-or-conflict.ts';
import { assertDraftCoursesShared, storableDraft } from './draft-rules.ts';
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
}: SaveDraftOptions): Promise<PathRecord & { readonly problems: readonly Problem[] }> {
  await pathForAuthor(data.paths, actor, key);
  const { title, problems } = storableDraft(definition, key, registry);
  await assertDraftCoursesShared(data, key, definition);
  const saved = await writeOrConflict(
    data.paths.saveDraft({
      key,
      title,
      draft: definition,
      now,
      ...(expectedRevision === undefined ? {} : { expectedRevision }),
    }),
  );
  if (!saved) throw new AppError('not_found', `no path has the key ${key}`);
  return { ...saved, problems };
}
