// Use case: an author publishes a path's draft as its next immutable version, the one learners
// are evaluated against from then on. A draft may be saved unfinished; only a valid one is
// published (422 listing what is left to fix). Enrolled learners move to it and are re-evaluated in the
// same transaction; tiers they achieved stay achieved (see progress/kept-tiers.ts). Courses other
// organisations stopped sharing since the draft was saved are refused here too. The plugins'
// `path.publish.before` filters may refuse it first; the publication is reported to plugins
// (`path.published`), and so is the progress it changes, in the transaction.
import { validatePath } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { PathVersionRecord } from '../../store/repositories/path-repository.ts';
import type { Actor } from '../actor.ts';
import { assertCoursesShared } from '../catalog/course-sharing.ts';
import { writeOrConflict } from '../write-or-conflict.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { refreshProgressInTransaction } from '../progress/refresh-progress.ts';
import { pathForAuthor } from './path-access.ts';
import { NO_HOOKS, type Hooks } from '../plugin-hooks.ts';

export interface PublishPathOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly key: string;
  readonly now: string;
  /** The plugins' filters and events; NO_HOOKS when absent. */
  readonly hooks?: Hooks;
}

export async function publishPath({
  data: outside,
  compiled,
  actor,
  key,
  now,
  hooks = NO_HOOKS,
}: PublishPathOptions): Promise<PathVersionRecord & { learnersMoved: number }> {
  if (hooks.filtering('path.publish.before')) {
    // Outside the transaction, so that no plugin code holds it; after the author's right is checked.
    await pathForAuthor(outside.paths, actor, key);
    await hooks.filter('path.publish.before', { pathKey: key, by: actor.user.username });
  }
  return outside.transaction(async (data) => {
    const path = await pathForAuthor(data.paths, actor, key);
    if (path.status === 'archived')
      throw new AppError('conflict', `${key} is archived; restore it before publishing`);
    // Drafts are stored unfinished, and the rules may have changed since (a plugin removed).
    const result = validatePath(path.draft, compiled.registry);
    if (!result.valid)
      throw new AppError('invalid', 'the draft is not valid, so it cannot be published', result.errors);
    await assertCoursesShared(data, key, result.definition);
    const published = await writeOrConflict(
      data.paths.publish({ key, definition: result.definition, publishedBy: actor.user.username, now }),
    );
    const version = await compiled.get(data.paths, key, published.version);
    await data.progress.setPathCourses(
      key,
      version.nodes.flatMap((node) => (node.course === null ? [] : [node.course])),
    );
    const moved = await data.enrollments.moveToVersion(key, published.version, now);
    await data.enrollments.audit(
      moved.map((learner) => ({
        pathKey: key,
        learner: learner.username,
        action: 'version_changed' as const,
        before: { version: learner.from },
        after: { version: published.version },
        reason: `version ${published.version} published`,
        actor: actor.user.username,
        at: now,
      })),
    );
    await hooks.emit(data, [
      {
        type: 'path.published',
        learner: null,
        data: { pathKey: key, version: published.version, by: actor.user.username },
      },
    ]);
    await refreshProgressInTransaction({
      data,
      compiled,
      userIds: moved.map((learner) => learner.userId),
      pathKey: key,
      hooks,
      now,
    });
    return { ...published, learnersMoved: moved.length };
  });
}
