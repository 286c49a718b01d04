// cancelPendingEnrollment's writes, for use inside a transaction the caller has opened (the bulk
// unenrollment by email): removes the pending enrollment and audits it, with the caller's right
// checked; the LMS calls are the caller's to queue.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';

export interface RemovePendingEnrollmentOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly pathKey: string;
  readonly email: string;
  readonly now: string;
}

export async function removePendingEnrollmentInTransaction(
  options: RemovePendingEnrollmentOptions,
): Promise<void> {
  const { data, actor, pathKey, email, now } = options;
  await pathForStaff(data.paths, actor, pathKey);
  if (!(await data.enrollments.removePending(pathKey, email)))
    throw new AppError('not_found', `no pending enrollment for ${email} on ${pathKey}`);
  await data.enrollments.audit([
    {
      pathKey,
      learner: email.toLowerCase(),
      action: 'pending_removed',
      before: { email: email.toLowerCase() },
      after: null,
      reason: 'cancelled',
      actor: actor.user.username,
      at: now,
    },
  ]);
}
