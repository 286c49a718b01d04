// Use case: every active learner of a path matching the list's filters, with their progress, for
// its staff to export. The rows come page after page, so an export of any size is never held whole;
// the access check is made once, before the first page is read.
import type { DataAccess } from '../../store/data-access.ts';
import type {
  LearnerProgressQuery,
  LearnerProgressRow,
  ProgressRepository,
} from '../../store/repositories/progress-repository.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';

export interface ExportPathLearnersOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly pathKey: string;
  readonly query: Omit<LearnerProgressQuery, 'pathKey' | 'limit' | 'offset'>;
}

const PAGE_SIZE = 1000;

/** The pages of rows, in the query's order; throws (404) before any page when the actor is not staff. */
export async function exportPathLearners(
  options: ExportPathLearnersOptions,
): Promise<AsyncIterable<LearnerProgressRow[]>> {
  await pathForStaff(options.data.paths, options.actor, options.pathKey);
  return learnerPages(options.data.progress, { ...options.query, pathKey: options.pathKey });
}

async function* learnerPages(
  progress: ProgressRepository,
  query: Omit<LearnerProgressQuery, 'limit' | 'offset'>,
): AsyncGenerator<LearnerProgressRow[]> {
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const { items } = await progress.learnersOfPath({ ...query, limit: PAGE_SIZE, offset });
    yield items;
    if (items.length < PAGE_SIZE) return;
  }
}
