// Use case: one page of a path's pending enrollments (addresses without an account yet), each with
// where its LMS calls stand, for its staff.
import type { DataAccess } from '../../store/data-access.ts';
import type { PendingRecord } from '../../store/repositories/enrollment-repository.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';
import { pendingLmsStates, type PendingLmsState } from './pending-in-lms.ts';

export interface ListPendingEnrollmentsOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly pathKey: string;
  readonly limit: number;
  readonly offset: number;
}

/** A pending enrollment with where its LMS calls stand (null: none queued, as standalone). */
export type PendingWithLms = PendingRecord & { readonly lms: PendingLmsState | null };

export async function listPendingEnrollments(
  options: ListPendingEnrollmentsOptions,
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
