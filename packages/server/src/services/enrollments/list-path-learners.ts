// Use case: one page of a path's active learners with their progress, filtered and sorted, for its
// staff.
import type { DataAccess } from '../../store/data-access.ts';
import type {
  LearnerProgressQuery,
  LearnerProgressRow,
} from '../../store/repositories/progress-repository.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';

export interface ListPathLearnersOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly pathKey: string;
  readonly query: Omit<LearnerProgressQuery, 'pathKey'>;
}

export async function listPathLearners(
  options: ListPathLearnersOptions,
): Promise<{ items: LearnerProgressRow[]; total: number }> {
  await pathForStaff(options.data.paths, options.actor, options.pathKey);
  return options.data.progress.learnersOfPath({ ...options.query, pathKey: options.pathKey });
}
