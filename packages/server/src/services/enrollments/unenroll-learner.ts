// Use case: end an enrollment. Staff may unenroll anyone; a learner may leave a path only where the
// path lets learners choose it themselves (public paths). The enrollment and its progress are
// kept, inactive, so that enrolling again resumes where the learner was. Reported to plugins
// (`enrollment.removed`) in the transaction.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { isPathStaff, type Actor } from '../actor.ts';
import { visiblePath } from '../paths/path-access.ts';
import { NO_HOOKS, type Hooks } from '../plugin-hooks.ts';

export interface UnenrollLearnerOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly pathKey: string;
  /** Whom to unenroll; the caller when absent. */
  readonly username?: string | undefined;
  readonly reason?: string | undefined;
  readonly now: string;
  /** The plugins' events; NO_HOOKS when absent. */
  readonly hooks?: Hooks;
}

export async function unenrollLearner(options: UnenrollLearnerOptions): Promise<void> {
  const { actor, pathKey, now } = options;
  const username = options.username ?? actor.user.username;
  const reason = options.reason?.trim() || null;
  await options.data.transaction(async (data) => {
    const path = await visiblePath(data, actor, pathKey);
    const staff = isPathStaff(actor, pathKey);
    const notEnrolled = new AppError('not_found', `${username} is not enrolled on ${pathKey}`);
    // Learners asking about someone else learn nothing, not even whether that person exists.
    if (!staff && username !== actor.user.username) throw notEnrolled;
    const user = await data.users.findByUsername(username);
    const enrollment = user && (await data.enrollments.get(pathKey, user.id));
    if (!user || !enrollment?.isActive) throw notEnrolled;
    if (!staff && path.visibility !== 'public')
      throw new AppError('forbidden', `${pathKey} is assigned by its staff; ask them to unenroll you`);
    await data.enrollments.setActive(
      pathKey,
      [
        {
          userId: user.id,
          version: enrollment.version,
          source: enrollment.source,
          reason,
          enrolledBy: actor.user.username,
        },
      ],
      false,
      now,
    );
    await data.enrollments.audit([
      {
        pathKey,
        learner: username,
        action: 'unenrolled',
        before: { active: true, version: enrollment.version, source: enrollment.source },
        after: { active: false },
        reason,
        actor: actor.user.username,
        at: now,
      },
    ]);
    await (options.hooks ?? NO_HOOKS).emit(data, [
      { type: 'enrollment.removed', learner: username, data: { pathKey, learner: username } },
    ]);
  });
}
