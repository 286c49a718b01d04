// Use case: one enrollment, as the Open edX compatibility API and learners use it. A learner
// enrolls themself on a public path; staff may name anyone. Unlike bulk enrollment it refuses an
// enrollment that is already active (409), and says whether an inactive one was reactivated.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { EnrollmentRecord } from '../../store/repositories/enrollment-repository.ts';
import { isPathStaff, type Actor } from '../actor.ts';
import { visiblePath } from '../paths/path-access.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
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
}

export async function enrollUser(
  options: EnrollUserOptions,
): Promise<{ enrollment: EnrollmentRecord; reactivated: boolean }> {
  const { actor, pathKey } = options;
  const username = options.username ?? actor.user.username;
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
