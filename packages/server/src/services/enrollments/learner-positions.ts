// Where each group of a path's active learners sharing a stored state stands (current-step.ts),
// worked out once per group, not per learner: what the per-step counts and the list's step filter
// read, so that neither grows with the number of learners beyond one grouped query.
import type { DataAccess } from '../../store/data-access.ts';
import type { PositionGroup } from '../../store/repositories/progress-repository.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { currentStep, type CurrentStep } from '../progress/current-step.ts';
import { pathVersionsWithCatalog } from '../progress/blocked-steps.ts';

export interface PositionedGroup {
  readonly group: PositionGroup;
  readonly count: number;
  readonly step: CurrentStep;
}

export async function learnerPositions(
  data: DataAccess,
  compiled: CompiledPaths,
  pathKey: string,
  now: string,
): Promise<PositionedGroup[]> {
  const groups = await data.progress.positionsOfPath(pathKey);
  const versions = groups.flatMap((group) => (group.version === null ? [] : [group.version]));
  const { paths, catalog } = await pathVersionsWithCatalog(data, compiled, pathKey, versions);
  return groups.map(({ count, ...group }) => ({
    group,
    count,
    step: currentStep(
      group.version === null ? undefined : paths.get(group.version),
      {
        status: group.status ?? 'not_started',
        stepStates: group.stepStates,
        next: group.nextSteps === null ? [] : (JSON.parse(group.nextSteps) as string[]),
      },
      catalog,
      now,
    ),
  }));
}
