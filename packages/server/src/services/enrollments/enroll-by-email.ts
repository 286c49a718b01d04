// Use case: staff enroll people, named by email, on several paths at once (the Open edX plugin's
// bulk enrollment). Every address is checked first; then, in one transaction, each path goes
// through enrollLearners, so an address without an account becomes a pending enrollment. Counts
// only what changed: new or reactivated enrollments, and newly pending addresses.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { isEmail } from '../accounts/identifiers.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { enrollLearners } from './enroll-learners.ts';

export interface EnrollByEmailOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly pathKeys: readonly string[];
  readonly emails: readonly string[];
  readonly reason?: string | undefined;
  readonly source: string;
  readonly now: string;
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
): Promise<{ enrolled: number; pendingAdded: number }> {
  const emails = checkBulkRequest(options.pathKeys, options.emails);
  return options.data.transaction(async (data) => {
    let enrolled = 0;
    let pendingAdded = 0;
    for (const pathKey of new Set(options.pathKeys)) {
      const waiting = await data.enrollments.pendingEmails(pathKey, emails);
      const results = await enrollLearners({ ...options, data, pathKey, learners: emails });
      for (const { learner, result } of results) {
        if (result === 'enrolled') enrolled += 1;
        else if (result === 'pending' && !waiting.has(learner.toLowerCase())) pendingAdded += 1;
      }
    }
    return { enrolled, pendingAdded };
  });
}
