// Use case: one page of a path's enrollment audit log, newest first, optionally of one learner, for
// its staff.
import type { DataAccess } from '../../store/data-access.ts';
import type { AuditRecord } from '../../store/repositories/enrollment-repository.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';

export interface ListEnrollmentAuditOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly pathKey: string;
  readonly learner?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export async function listEnrollmentAudit(
  options: ListEnrollmentAuditOptions,
): Promise<{ items: AuditRecord[]; total: number }> {
  await pathForStaff(options.data.paths, options.actor, options.pathKey);
  return options.data.enrollments.auditLog({
    pathKey: options.pathKey,
    limit: options.limit,
    offset: options.offset,
    ...(options.learner === undefined ? {} : { learner: options.learner }),
  });
}
