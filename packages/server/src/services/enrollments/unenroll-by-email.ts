// Use case: staff unenroll people, named by email, from several paths at once (the Open edX
// plugin's bulk unenrollment): active enrollments end (kept inactive, as unenrollLearner does) and
// pending enrollments waiting for those addresses are cancelled. One transaction; every change is
// audited by the use case that makes it. Taking the cancelled addresses out of the paths'
// courses again is queued for the LMS in the same transaction.
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';
import { checkBulkRequest } from './enroll-by-email.ts';
import { queueCancelledInLms } from './pending-in-lms.ts';
import { removePendingEnrollmentInTransaction } from './remove-pending-enrollment.ts';
import { unenrollLearner } from './unenroll-learner.ts';
import type { LmsPort } from '../../lms/lms-port.ts';
import type { Hooks } from '../plugin-hooks.ts';

export interface UnenrollByEmailOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly pathKeys: readonly string[];
  readonly emails: readonly string[];
  readonly reason?: string | undefined;
  readonly now: string;
  readonly lms: LmsPort;
  /** The plugins' events; NO_HOOKS when absent. */
  readonly hooks?: Hooks;
}

export async function unenrollByEmail(
  options: UnenrollByEmailOptions,
): Promise<{ unenrolled: number; pendingCancelled: number; queuedForLms: number }> {
  const { actor, reason, now } = options;
  const emails = checkBulkRequest(options.pathKeys, options.emails);
  return options.data.transaction(async (data) => {
    const users = [...(await data.users.findManyByEmail(emails)).values()];
    let unenrolled = 0;
    const cancelled = new Map<string, string[]>();
    for (const pathKey of new Set(options.pathKeys)) {
      await pathForStaff(data.paths, actor, pathKey);
      const states = await data.enrollments.states(
        pathKey,
        users.map((user) => user.id),
      );
      for (const user of users) {
        if (!states.get(user.id)?.isActive) continue;
        await unenrollLearner({
          data,
          actor,
          pathKey,
          username: user.username,
          reason,
          now,
          ...(options.hooks && { hooks: options.hooks }),
        });
        unenrolled += 1;
      }
      const pending = [...(await data.enrollments.pendingEmails(pathKey, emails))];
      for (const email of pending)
        await removePendingEnrollmentInTransaction({ data, actor, pathKey, email, now });
      cancelled.set(pathKey, pending);
    }
    return {
      unenrolled,
      pendingCancelled: [...cancelled.values()].reduce((sum, pending) => sum + pending.length, 0),
      queuedForLms: await queueCancelledInLms(options.lms, data, cancelled, now),
    };
  });
}
