// Use case: one enrollment, as the Open edX compatibility API and learners use it. A learner
// enrolls themself on a public path; staff may name anyone. Unlike bulk enrollment it refuses an
// enrollment that is already active (409), and says whether an inactive one was reactivated. The
// plugins' `enrollment.before` filters see the learner first, and may refuse (or replace) them.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { EnrollmentRecord } from '../../store/repositories/enrollment-repository.ts';
import { isPathStaff, type Actor } from '../actor.ts';
import { visiblePath } from '../paths/path-access.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { NO_HOOKS, type Hooks } from '../plugin-hooks.ts';
import { assertEnrollable, enrollRowsInTransaction } from './enroll-learners.ts';

export interface EnrollUserOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly pathKey: string;
  /** Whom to enroll; the caller when absent. */
  readonly username?: string | undefined;
  readonly reason?: string | undefined;
  readonly source: string;
  readonly now: string;
  /** The plugins' filters and events; NO_HOOKS when absent. */
  readonly hooks?: Hooks;
}

/**
 * Whom to enroll once the plugins' filters have seen the request (after a first check that the
 * caller may see the path); outside the transaction, so that no plugin code holds it.
 */
async function filteredUsername(options: EnrollUserOptions, username: string): Promise<string> {
  const { hooks = NO_HOOKS, actor, pathKey } = options;
  if (!hooks.filtering('enrollment.before')) return username;
  await visiblePath(options.data, actor, pathKey);
  const { learners } = await hooks.filter('enrollment.before', {
    pathKey,
    learners: [username],
    by: actor.user.username,
  });
  if (learners.length !== 1)
    throw new AppError('forbidden', `the enrollment of ${username} on ${pathKey} was refused by a plugin`);
  return learners[0]!;
}

export async function enrollUser(
  options: EnrollUserOptions,
): Promise<{ enrollment: EnrollmentRecord; reactivated: boolean }> {
  const { actor, pathKey } = options;
  // The checks below apply to whom the filters leave: a plugin cannot let a learner enroll others.
  const username = await filteredUsername(options, options.username ?? actor.user.username);
  return options.data.transaction(async (data) => {
    const path = await visiblePath(data, actor, pathKey);
    const staff = isPathStaff(actor, pathKey);
    if (username !== actor.user.username && !staff)
      throw new AppError('forbidden', 'only staff of the path may enroll other learners');
    const version = assertEnrollable(path);
    const user = await data.users.findByUsername(username);
    if (!user) throw new AppError('not_found', `no user has the username ${username}`);
    const before = await data.enrollments.get(pathKey, user.id);
    // Already on the path is a conflict on an invite-only path too, as learning-paths-plugin answers.
    if (before?.isActive) throw new AppError('conflict', `${username} is already enrolled on ${pathKey}`);
    if (!staff && path.visibility !== 'public')
      throw new AppError('forbidden', `${pathKey} is invite-only: its staff enroll learners`);
    await enrollRowsInTransaction({
      ...options,
      data,
      version,
      rows: [{ kind: 'username', text: username, username }],
    });
    return { enrollment: (await data.enrollments.get(pathKey, user.id))!, reactivated: before !== undefined };
  });
}
