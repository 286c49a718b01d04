// Use case: staff enroll people, named by email, on several paths at once (the Open edX plugin's
// bulk enrollment). Every address is checked first; then, in one transaction, each path goes
// through enrollLearners' writes, so an address without an account becomes a pending enrollment,
// and letting those addresses into the paths' courses is queued for the LMS. Counts only what
// changed: new or reactivated enrollments, newly pending addresses, and the LMS calls queued.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { isEmail } from '../accounts/identifiers.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { enrollOnPathInTransaction, filteredLearners } from './enroll-learners.ts';
import { queuePendingInLms } from './pending-in-lms.ts';
import type { LmsPort } from '../../lms/lms-port.ts';
import type { Hooks } from '../plugin-hooks.ts';

export interface EnrollByEmailOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly pathKeys: readonly string[];
  readonly emails: readonly string[];
  readonly reason?: string | undefined;
  readonly source: string;
  readonly now: string;
  readonly lms: LmsPort;
  /** The plugins' filters (`enrollment.before`, for each path) and events; NO_HOOKS when absent. */
  readonly hooks?: Hooks;
}

/**
 * The distinct addresses, lower case; refuses the request (naming every bad entry) unless each is
 * an email address and there is at least one path and one address.
 */
export function checkBulkRequest(pathKeys: readonly string[], emails: readonly string[]): string[] {
  if (pathKeys.length === 0) throw new AppError('malformed', 'name at least one learning path');
  if (emails.length === 0) throw new AppError('malformed', 'name at least one email address');
  const invalid = emails.filter((email) => !isEmail(email));
  if (invalid.length > 0)
    throw new AppError(
      'malformed',
      `not email addresses: ${invalid.map((entry) => JSON.stringify(entry)).join(', ')}`,
    );
  return [...new Set(emails.map((email) => email.toLowerCase()))];
}

export async function enrollByEmail(
  options: EnrollByEmailOptions,
): Promise<{ enrolled: number; pendingAdded: number; queuedForLms: number }> {
  const emails = checkBulkRequest(options.pathKeys, options.emails);
  // Each path's filters run first, outside the transaction; a refusal refuses the whole request.
  const learnersOf = new Map<string, readonly string[]>();
  for (const pathKey of new Set(options.pathKeys))
    learnersOf.set(pathKey, await filteredLearners({ ...options, pathKey, learners: emails }));
  return options.data.transaction(async (data) => {
    let enrolled = 0;
    const added = new Map<string, string[]>();
    for (const [pathKey, learners] of learnersOf) {
      const { results, pendingAdded } = await enrollOnPathInTransaction({
        ...options,
        data,
        pathKey,
        learners,
      });
      enrolled += results.filter(({ result }) => result === 'enrolled').length;
      added.set(pathKey, pendingAdded);
    }
    return {
      enrolled,
      pendingAdded: [...added.values()].reduce((sum, emails) => sum + emails.length, 0),
      queuedForLms: await queuePendingInLms(options.lms, data, added, options.now),
    };
  });
}
