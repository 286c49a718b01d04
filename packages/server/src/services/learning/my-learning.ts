// Use case: a learner's "My Learning", filtered, sorted and paginated. One learner has tens of
// items, so filters run here rather than in SQL across two kinds of rows.
import type { DataAccess } from '../../store/data-access.ts';
import type { ProgressStatus } from '../../domain/progress.ts';
import type { Actor } from '../actor.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import type { DateState } from './date-state.ts';
import type { CatalogCache } from '../catalog/catalog-cache.ts';
import { learningItems, type LearningItem } from './learning-items.ts';

export interface LearningQuery {
  readonly search?: string | undefined;
  readonly type?: 'path' | 'course' | undefined;
  readonly status?: ProgressStatus | undefined;
  readonly org?: string | undefined;
  readonly dates?: DateState | undefined;
  readonly sort: 'recent' | 'title' | 'progress';
  readonly limit: number;
  readonly offset: number;
}

export interface MyLearningOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly catalog: CatalogCache;
  readonly actor: Actor;
  readonly query: LearningQuery;
  readonly now: string;
}

export async function myLearning({ data, compiled, catalog, actor, query, now }: MyLearningOptions): Promise<{
  items: LearningItem[];
  total: number;
  /** The organisations of all the learner's items, whatever the filters: the choices of `org`. */
  orgs: string[];
}> {
  const items = await learningItems({ data, compiled, catalog, userId: actor.user.id, now });
  const search = query.search?.trim().toLowerCase();
  const matching = items.filter(
    (item) =>
      (!search || item.title.toLowerCase().includes(search) || item.key.toLowerCase().includes(search)) &&
      (query.type === undefined || item.type === query.type) &&
      (query.status === undefined || item.status === query.status) &&
      (query.org === undefined || item.org === query.org) &&
      (query.dates === undefined || item.dateState === query.dates),
  );
  const order = {
    recent: (a: LearningItem, b: LearningItem) => b.enrolledAt.localeCompare(a.enrolledAt),
    title: (a: LearningItem, b: LearningItem) => a.title.localeCompare(b.title),
    progress: (a: LearningItem, b: LearningItem) => b.progress - a.progress,
  }[query.sort];
  matching.sort((a, b) => order(a, b) || a.key.localeCompare(b.key));
  return {
    items: matching.slice(query.offset, query.offset + query.limit),
    total: matching.length,
    orgs: [...new Set(items.map((item) => item.org).filter((org) => org !== ''))].sort(),
  };
}
