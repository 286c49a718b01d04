// Use case: one page of a path's active learners with their progress, filtered and sorted, for its
// staff; with each learner, where they stand (their current step, or what keeps them from it), the
// time of their newest fact on the path's courses, and the steps whose ended course keeps them from
// completing the path. Everything beyond the page's rows is read once for the whole page.
import type { DataAccess } from '../../store/data-access.ts';
import type {
  LearnerProgressQuery,
  LearnerProgressRow,
} from '../../store/repositories/progress-repository.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';
import { pathVersionsWithCatalog } from '../progress/blocked-steps.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { storedPosition, type CurrentStep, type StepPosition } from '../progress/current-step.ts';
import { learnerPositions } from './learner-positions.ts';

export interface ListPathLearnersOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly pathKey: string;
  readonly query: Omit<LearnerProgressQuery, 'pathKey' | 'groups'> & StepFilter;
  readonly now: string;
}

/** Only the learners at one step, in one position, or both. */
export interface StepFilter {
  readonly step?: string | undefined;
  readonly position?: StepPosition | undefined;
}

export interface PathLearnerRow extends LearnerProgressRow {
  /** The steps (id and title) the learner can no longer complete and the path needs; empty when none. */
  readonly blockedBy: { readonly id: string; readonly title: string }[];
  readonly currentStep: CurrentStep;
  /** The time of the newest fact about any of the path's courses; null when none. */
  readonly lastActivity: string | null;
}

export async function listPathLearners(
  options: ListPathLearnersOptions,
): Promise<{ items: PathLearnerRow[]; total: number }> {
  const { data, compiled, pathKey, now } = options;
  await pathForStaff(data.paths, options.actor, pathKey);
  const { step, position, ...query } = options.query;
  const groups =
    step === undefined && position === undefined
      ? undefined
      : (await learnerPositions(data, compiled, pathKey, now))
          .filter(
            (entry) =>
              (step === undefined || entry.step.stepId === step) &&
              (position === undefined || entry.step.kind === position),
          )
          .map((entry) => entry.group);
  const { items, total } = await data.progress.learnersOfPath({
    ...query,
    pathKey,
    ...(groups ? { groups } : {}),
  });
  const versions = items.flatMap((row) => (row.version === null ? [] : [row.version]));
  const { paths, catalog } = await pathVersionsWithCatalog(data, compiled, pathKey, versions);
  // The runs steps name, and every run in the catalog of the courses steps follow.
  const courses = new Set([
    ...[...paths.values()].flatMap((path) => path.nodes.flatMap((node) => node.course ?? [])),
    ...catalog.keys(),
  ]);
  const latest = await data.facts.lastFactTimes(
    items.map((row) => row.userId),
    [...courses],
  );
  return {
    total,
    items: items.map((row) => {
      const path = row.version === null ? undefined : paths.get(row.version);
      const { step: current, blockedBy } = storedPosition(path, row, catalog, now);
      return {
        ...row,
        blockedBy: blockedBy.map((id) => ({ id, title: path!.titleOf(id) })),
        currentStep: current,
        lastActivity: latest.get(row.userId) ?? null,
      };
    }),
  };
}
