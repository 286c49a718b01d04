// Use case: how many of a path's active learners stand at each step and in which position
// ("41 learners are waiting on Statistics"), for its staff; completed learners and those not
// started on a path with nothing open are counted without a step.
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { pathForStaff } from '../paths/path-access.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { STEP_POSITIONS, type StepPosition } from '../progress/current-step.ts';
import { learnerPositions } from './learner-positions.ts';

export interface StepCount {
  readonly position: StepPosition;
  readonly stepId: string | null;
  readonly stepTitle: string | null;
  readonly count: number;
}

export async function summarizeLearnerSteps(options: {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly pathKey: string;
  readonly now: string;
}): Promise<StepCount[]> {
  const { data, compiled, pathKey, now } = options;
  const path = await pathForStaff(data.paths, options.actor, pathKey);
  const counts = new Map<string, StepCount>();
  for (const { step, count } of await learnerPositions(data, compiled, pathKey, now)) {
    const id = `${step.kind}\u0000${step.stepId ?? ''}`;
    const before = counts.get(id)?.count ?? 0;
    counts.set(id, {
      position: step.kind,
      stepId: step.stepId,
      stepTitle: step.stepTitle,
      count: before + count,
    });
  }
  // In the order of the published version's steps, then by position; steps of older versions last.
  const order = new Map<string, number>();
  if (path.publishedVersion !== null)
    (await compiled.get(data.paths, pathKey, path.publishedVersion)).nodes.forEach((node, index) =>
      order.set(node.id, index),
    );
  const rank = (entry: StepCount) => (entry.stepId === null ? -1 : (order.get(entry.stepId) ?? order.size));
  return [...counts.values()].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      STEP_POSITIONS.indexOf(a.position) - STEP_POSITIONS.indexOf(b.position) ||
      (a.stepId ?? '').localeCompare(b.stepId ?? ''),
  );
}
