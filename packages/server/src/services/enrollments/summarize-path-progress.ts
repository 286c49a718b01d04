// Use case: how many of a path's active learners are at each status and at each tier, and how many
// can no longer complete it (a course it needs ended before they completed it), for its staff.
import type { DataAccess } from '../../store/data-access.ts';
import { PROGRESS_STATUSES } from '../../domain/progress.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';
import { blockedSteps, pathVersionsWithCatalog } from '../progress/blocked-steps.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';

export interface SummarizePathProgressOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly pathKey: string;
  readonly now: string;
}

export interface ProgressSummary {
  readonly enrolled: number;
  /** Learners at each status, every status present (zero when none). */
  readonly byStatus: Record<string, number>;
  /** Learners whose current (highest) tier is each tier of the published version; `none` for the rest. */
  readonly byTier: Record<string, number>;
  /** Learners who can no longer complete the path. */
  readonly cannotComplete: number;
}

export async function summarizePathProgress(options: SummarizePathProgressOptions): Promise<ProgressSummary> {
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
    cannotComplete: await countCannotComplete(options),
    enrolled: [...byStatus.values()].reduce((sum, count) => sum + count, 0),
    byStatus: Object.fromEntries(PROGRESS_STATUSES.map((status) => [status, byStatus.get(status) ?? 0])),
    byTier: tiers,
  };
}

/** Learners sharing stored step states share the answer: one check for each such group. */
async function countCannotComplete({ data, compiled, pathKey, now }: SummarizePathProgressOptions) {
  // Those never evaluated have no stored steps to be blocked at.
  const groups = (await data.progress.positionsOfPath(pathKey)).flatMap((group) =>
    group.version === null ? [] : [{ ...group, version: group.version }],
  );
  const { paths, catalog } = await pathVersionsWithCatalog(
    data,
    compiled,
    pathKey,
    groups.map((group) => group.version),
  );
  let count = 0;
  for (const { version, stepStates, count: learners } of groups)
    if (blockedSteps(paths.get(version)!, stepStates, catalog, now).length > 0) count += learners;
  return count;
}
