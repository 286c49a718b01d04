// Use case: a person with pending enrollments (enrolled by email before they had an account) now
// has one: each pending enrollment becomes a real one, in one transaction, audited as done by
// whoever asked for it, and reported to plugins (`enrollment.created`, source `pending`).
import type { DataAccess } from '../../store/data-access.ts';
import type { UserRecord } from '../../store/repositories/user-repository.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { writeOrConflict } from '../write-or-conflict.ts';
import { refreshProgressInTransaction } from '../progress/refresh-progress.ts';
import { NO_HOOKS, type Hooks } from '../plugin-hooks.ts';

export interface ResolvePendingOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly user: UserRecord;
  readonly now: string;
  /** The plugins' events; NO_HOOKS when absent. */
  readonly hooks?: Hooks;
}

/** Returns the keys of the paths the user was enrolled on. */
export async function resolvePendingEnrollments({
  data: outside,
  compiled,
  user,
  now,
  hooks = NO_HOOKS,
}: ResolvePendingOptions): Promise<string[]> {
  if (user.email === null) return [];
  const email = user.email;
  return outside.transaction(async (data) => {
    const { items: pending } = await data.enrollments.listPending({ email, limit: 10_000, offset: 0 });
    const enrolled: string[] = [];
    for (const entry of pending) {
      await data.enrollments.removePending(entry.pathKey, email);
      const path = await data.paths.get(entry.pathKey);
      const existing = await data.enrollments.get(entry.pathKey, user.id);
      // A path archived or never published since, or an enrollment made some other way meanwhile.
      if (!path?.publishedVersion || path.status === 'archived' || existing?.isActive) continue;
      const enrollment = {
        userId: user.id,
        version: path.publishedVersion,
        source: 'pending',
        reason: entry.reason,
        enrolledBy: entry.createdBy,
      };
      if (existing) await data.enrollments.setActive(entry.pathKey, [enrollment], true, now);
      else await writeOrConflict(data.enrollments.insert(entry.pathKey, [enrollment], now));
      const actor = entry.createdBy ?? 'system';
      await data.enrollments.audit([
        {
          pathKey: entry.pathKey,
          learner: email,
          action: 'pending_removed',
          before: { email },
          after: { username: user.username },
          reason: 'an account with this email appeared',
          actor,
          at: now,
        },
        {
          pathKey: entry.pathKey,
          learner: user.username,
          action: existing ? 'reactivated' : 'enrolled',
          before: existing ? { active: false } : null,
          after: { active: true, version: path.publishedVersion, source: 'pending' },
          reason: entry.reason,
          actor,
          at: now,
        },
      ]);
      enrolled.push(entry.pathKey);
      const learner = user.username;
      await hooks.emit(data, [
        { type: 'enrollment.created', learner, data: { pathKey: entry.pathKey, learner, source: 'pending' } },
      ]);
      await refreshProgressInTransaction({
        data,
        compiled,
        userIds: [user.id],
        pathKey: entry.pathKey,
        hooks,
        now,
      });
    }
    return enrolled;
  });
}
