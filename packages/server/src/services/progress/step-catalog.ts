// The catalog entries a path's steps need: the runs they name and, for the steps that follow their
// course (`run: current`), every run of it, so that the run a learner is sent to can be chosen; and
// the schedule of stored progress against them.
import {
  courseOfRun,
  pathSchedule,
  stepRuns,
  type CompiledPath,
  type PathSchedule,
  type ScheduleInput,
} from '@learning-paths/core';
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';

export interface StepCatalog {
  /** By run key: the named runs and the runs of followed courses that are in the catalog. */
  readonly catalog: ReadonlyMap<string, CourseRecord>;
  /** The catalog's runs of a followed course (`org+number`); empty when it has none. */
  readonly runsOf: (course: string) => readonly CourseRecord[];
}

export async function stepCatalog(
  data: Pick<DataAccess, 'courses'>,
  path: CompiledPath,
): Promise<StepCatalog> {
  const named = path.nodes.flatMap((node) => (node.course === null ? [] : [node.course]));
  const followed = path.nodes.flatMap((node) => (node.follows === null ? [] : [node.follows]));
  const [catalog, runs] = await Promise.all([data.courses.getMany(named), data.courses.runsOf(followed)]);
  for (const list of runs.values()) for (const run of list) catalog.set(run.key, run);
  return { catalog, runsOf: (course) => runs.get(course) ?? [] };
}

/**
 * The schedule of a learner's stored progress (no facts at hand) against the catalog: a step that
 * follows its course reads the run open now, else the next one, since which run the learner took
 * is known only to a live evaluation. `catalog` holds the runs of followed courses (stepCatalog, or
 * the whole catalog).
 */
export function storedSchedule(
  path: CompiledPath,
  learner: Omit<ScheduleInput, 'courses'>,
  catalog: ReadonlyMap<string, CourseRecord>,
  now: string,
): PathSchedule {
  const runOf = (course: string) => catalog.get(course);
  if (!path.nodes.some((node) => node.follows !== null)) return pathSchedule(path, learner, runOf, now);
  const runsOf = (course: string) => [...catalog.values()].filter((run) => courseOfRun(run.key) === course);
  const courses = stepRuns(path, { satisfied: learner.satisfied }, runsOf, now);
  return pathSchedule(path, { ...learner, courses }, runOf, now);
}
