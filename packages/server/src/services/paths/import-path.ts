// Use case: import a path definition file: it creates the path, or replaces the draft of the path
// with that key; with `publish`, the draft is then published as the next version. A file is a
// finished definition: an invalid one is refused whole, though Studio may save unfinished drafts.
import { validatePath } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { PathRecord, PathVersionRecord } from '../../store/repositories/path-repository.ts';
import type { Actor } from '../actor.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { createPath } from './create-path.ts';
import { publishPath } from './publish-path.ts';
import { saveDraft } from './save-draft.ts';
import type { Hooks } from '../plugin-hooks.ts';

export interface ImportPathOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly definition: unknown;
  readonly publish: boolean;
  readonly now: string;
  /** The plugins' filters and events, for the publication; NO_HOOKS when absent. */
  readonly hooks?: Hooks;
}

export interface ImportedPath {
  readonly path: PathRecord;
  readonly created: boolean;
  readonly published: PathVersionRecord | null;
}

export async function importPath({
  data,
  compiled,
  actor,
  definition,
  publish,
  now,
  hooks,
}: ImportPathOptions): Promise<ImportedPath> {
  const result = validatePath(definition, compiled.registry);
  if (!result.valid) throw new AppError('invalid', 'the path definition is not valid', result.errors);
  const key =
    typeof definition === 'object' && definition !== null && 'key' in definition
      ? String(definition.key)
      : undefined;
  const existing = key === undefined ? undefined : await data.paths.get(key);
  const path = existing
    ? await saveDraft({ data, actor, key: existing.key, definition, now, registry: compiled.registry })
    : await createPath({ data, actor, definition, now, registry: compiled.registry });
  const published = publish
    ? await publishPath({ data, compiled, actor, key: path.key, now, ...(hooks && { hooks }) })
    : null;
  return { path, created: !existing, published };
}
