// Use cases for a path's staff: its learners with their progress, how many are at each status and
// tier, its pending enrollments (and cancelling one), and its enrollment audit log.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { AuditRecord, PendingRecord } from '../../store/repositories/enrollment-repository.ts';
import {
  PROGRESS_STATUSES,
  type LearnerProgressQuery,
  type LearnerProgressRow,
} from '../../store/repositories/progress-repository.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';
import { pendingLmsStates, queueCancelledInLms, type PendingLmsState } from './pending-in-lms.ts';
import type { LmsPort } from '../../lms/lms-port.ts';

interface StaffOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly pathKey: string;
}

export async function listPathLearners(
  options: StaffOptions & { readonly query: Omit<LearnerProgressQuery, 'pathKey'> },
): Promise<{ items: LearnerProgressRow[]; total: number }> {
  await pathForStaff(options.data.paths, options.actor, options.pathKey);
  return options.data.progress.learnersOfPath({ ...options.query, pathKey: options.pathKey });
}

export interface ProgressSummary {
  readonly enrolled: number;
  /** Learners at each status, every status present (zero when none). */
  readonly byStatus: Record<string, number>;
  /** Learners whose current (highest) tier is each tier of the published version; `none` for the rest. */
  readonly byTier: Record<string, number>;
}

export async function pathProgressSummary(options: StaffOptions): Promise<ProgressSummary> {
  const path = await pathForStaff(options.data.paths, options.actor, options.pathKey);
  const { byStatus, byTier } = await options.data.progress.summary(options.pathKey);
  const version =
    path.publishedVersion === null
      ? undefined
      : await options.data.paths.version(path.key, path.publishedVersion);
  const tierIds = ((version?.definition as { tiers?: { id: string }[] } | undefined)?.tiers ?? []).map(
    (tier) => tier.id,
  );
  const tiers: Record<string, number> = { none: byTier.get(null) ?? 0 };
  for (const id of tierIds) tiers[id] = byTier.get(id) ?? 0;
  // A tier achieved under an earlier version and gone from this one is still someone's tier.
  for (const [id, count] of byTier) if (id !== null && !(id in tiers)) tiers[id] = count;
  return {
    enrolled: [...byStatus.values()].reduce((sum, count) => sum + count, 0),
    byStatus: Object.fromEntries(PROGRESS_STATUSES.map((status) => [status, byStatus.get(status) ?? 0])),
    byTier: tiers,
  };
}

/** A pending enrollment with where its LMS calls stand (null: none queued, as standalone). */
export type PendingWithLms = PendingRecord & { readonly lms: PendingLmsState | null };

export async function listPendingEnrollments(
  options: StaffOptions & { readonly limit: number; readonly offset: number },
): Promise<{ items: PendingWithLms[]; total: number }> {
  await pathForStaff(options.data.paths, options.actor, options.pathKey);
  const { items, total } = await options.data.enrollments.listPending({
    pathKey: options.pathKey,
    limit: options.limit,
    offset: options.offset,
  });
  const states = await pendingLmsStates(
    options.data,
    options.pathKey,
    items.map((pending) => pending.email),
  );
  return { items: items.map((pending) => ({ ...pending, lms: states.get(pending.email) ?? null })), total };
}

/**
 * Cancels a pending enrollment, queuing in the same transaction the LMS calls taking the address
 * out of the path's courses that no other pending enrollment of it needs; how many were queued.
 */
export async function cancelPendingEnrollment(
  options: StaffOptions & { readonly email: string; readonly now: string; readonly lms: LmsPort },
): Promise<number> {
  return options.data.transaction(async (data) => {
    await removePendingEnrollment({ ...options, data });
    return queueCancelledInLms(
      options.lms,
      data,
      new Map([[options.pathKey, [options.email.toLowerCase()]]]),
      options.now,
    );
  });
}

/** cancelPendingEnrollment's writes, in the caller's transaction, with the caller's right checked. */
export async function removePendingEnrollment(
  options: StaffOptions & { readonly email: string; readonly now: string },
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

export async function enrollmentAuditLog(
  options: StaffOptions & {
    readonly learner?: string | undefined;
    readonly limit: number;
    readonly offset: number;
  },
): Promise<{ items: AuditRecord[]; total: number }> {
  await pathForStaff(options.data.paths, options.actor, options.pathKey);
  return options.data.enrollments.auditLog({
    pathKey: options.pathKey,
    limit: options.limit,
    offset: options.offset,
    ...(options.learner === undefined ? {} : { learner: options.learner }),
  });
}
