// Use case: one page of a path's active learners with their progress, filtered and sorted, for its
// staff; with each learner, the steps whose ended course keeps them from completing the path.
import type { DataAccess } from '../../store/data-access.ts';
import type {
  LearnerProgressQuery,
  LearnerProgressRow,
} from '../../store/repositories/progress-repository.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';
import { blockedSteps, pathVersionsWithCatalog } from '../progress/blocked-steps.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';

export interface ListPathLearnersOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly pathKey: string;
  readonly query: Omit<LearnerProgressQuery, 'pathKey'>;
  readonly now: string;
}

export interface PathLearnerRow extends LearnerProgressRow {
  /** The steps (id and title) the learner can no longer complete and the path needs; empty when none. */
  readonly blockedBy: { readonly id: string; readonly title: string }[];
}

export async function listPathLearners(
  options: ListPathLearnersOptions,
): Promise<{ items: PathLearnerRow[]; total: number }> {
  const { data, pathKey, now } = options;
  await pathForStaff(data.paths, options.actor, pathKey);
  const { items, total } = await data.progress.learnersOfPath({ ...options.query, pathKey });
  const versions = items.flatMap((row) => (row.version === null ? [] : [row.version]));
  const { paths, catalog } = await pathVersionsWithCatalog(data, options.compiled, pathKey, versions);
  return {
    total,
    items: items.map((row) => {
      const path = row.version === null ? undefined : paths.get(row.version);
      const blocked = path ? blockedSteps(path, row.stepStates, catalog, now) : [];
      return { ...row, blockedBy: blocked.map((id) => ({ id, title: path!.titleOf(id) })) };
    }),
  };
}
