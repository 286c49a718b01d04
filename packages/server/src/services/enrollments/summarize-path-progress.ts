// Use case: how many of a path's active learners are at each status and at each tier, for its staff.
import type { DataAccess } from '../../store/data-access.ts';
import { PROGRESS_STATUSES } from '../../domain/progress.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';

export interface SummarizePathProgressOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly pathKey: string;
}

export interface ProgressSummary {
  readonly enrolled: number;
  /** Learners at each status, every status present (zero when none). */
  readonly byStatus: Record<string, number>;
  /** Learners whose current (highest) tier is each tier of the published version; `none` for the rest. */
  readonly byTier: Record<string, number>;
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
    enrolled: [...byStatus.values()].reduce((sum, count) => sum + count, 0),
    byStatus: Object.fromEntries(PROGRESS_STATUSES.map((status) => [status, byStatus.get(status) ?? 0])),
    byTier: tiers,
  };
}
