// Use case: the active enrollments on one path, as the Open edX plugin lists them: its staff see
// every learner's (or, naming one, that learner's); a learner sees only their own and may not ask
// about anyone else.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { EnrollmentRecord } from '../../store/repositories/enrollment-repository.ts';
import { isPathStaff, type Actor } from '../actor.ts';
import { visiblePath } from '../paths/path-access.ts';
import { exportPathLearners } from './export-path-learners.ts';

export type EnrollmentSummary = Pick<EnrollmentRecord, 'pathKey' | 'username' | 'isActive' | 'createdAt'>;

export interface ListPathEnrollmentsOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly pathKey: string;
  /** Only this learner's; staff may name anyone, learners only themselves. */
  readonly username?: string | undefined;
}

/** Newest enrollment first. */
export async function listPathEnrollments(options: ListPathEnrollmentsOptions): Promise<EnrollmentSummary[]> {
  const { data, actor, pathKey, username } = options;
  await visiblePath(data, actor, pathKey);
  const staff = isPathStaff(actor, pathKey);
  if (!staff && username !== undefined && username !== actor.user.username)
    throw new AppError('forbidden', "only staff of the path may see other learners' enrollments");
  if (staff && username === undefined) {
    const enrollments: EnrollmentSummary[] = [];
    const query = { sort: 'enrolled', order: 'desc' } as const;
    for await (const page of await exportPathLearners({ data, actor, pathKey, query }))
      for (const row of page)
        enrollments.push({ pathKey, username: row.username, isActive: true, createdAt: row.enrolledAt });
    return enrollments;
  }
  const learner = username === undefined ? actor.user : await data.users.findByUsername(username);
  const enrollment = learner && (await data.enrollments.get(pathKey, learner.id));
  return enrollment?.isActive ? [enrollment] : [];
}
