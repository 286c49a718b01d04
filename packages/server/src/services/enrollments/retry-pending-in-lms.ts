// Use case: path staff try again the LMS calls the LMS refused for a pending address (the
// outbox stops retrying a refusal): they are sent again at once by the background sender.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';

export interface RetryPendingInLmsOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly pathKey: string;
  readonly email: string;
  readonly now: string;
}

/** How many failed calls wait again; 404 when the address is not pending on the path. */
export async function retryPendingInLms(options: RetryPendingInLmsOptions): Promise<number> {
  const { data, actor, pathKey, now } = options;
  const email = options.email.toLowerCase();
  await pathForStaff(data.paths, actor, pathKey);
  if (!(await data.enrollments.pendingEmails(pathKey, [email])).has(email))
    throw new AppError('not_found', `no pending enrollment for ${email} on ${pathKey}`);
  const courses = (await data.progress.coursesOfPaths([pathKey])).get(pathKey) ?? [];
  return data.lmsOutbox.retryFailed([email], courses, now);
}
