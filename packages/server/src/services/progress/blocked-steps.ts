// Whether learners can still complete a path, from their stored progress and today's course dates:
// the steps whose course ended before they completed them and without which the path cannot be
// completed (core's schedule). Read at the time of asking, since a course ends without any fact.
import type { CompiledPath } from '@learning-paths/core';
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';
import type { CompiledPaths } from './compiled-paths.ts';
import { stepCatalog, storedSchedule } from './step-catalog.ts';
import { readStepStates } from './step-states.ts';

/** The blocking step ids for stored step states; empty when the path can still be completed. */
export function blockedSteps(
  path: CompiledPath,
  stepStates: string | null,
  catalog: ReadonlyMap<string, CourseRecord>,
  now: string,
): string[] {
  // Stored before step states were kept: nothing known to be completed, so nothing is claimed.
  if (stepStates === null) return [];
  const states = readStepStates(path, stepStates);
  const satisfied = (id: string) => states.get(id) === 'c';
  return storedSchedule(path, { satisfied, next: [] }, catalog, now).blockedBy;
}

/**
 * Compiled versions of a path and the catalog entries of their courses (every run of those steps
 * follow), read once for many learners.
 */
export async function pathVersionsWithCatalog(
  data: DataAccess,
  compiled: CompiledPaths,
  pathKey: string,
  versions: Iterable<number>,
): Promise<{ paths: Map<number, CompiledPath>; catalog: Map<string, CourseRecord> }> {
  const paths = new Map<number, CompiledPath>();
  for (const version of new Set(versions))
    paths.set(version, await compiled.get(data.paths, pathKey, version));
  const catalog = new Map<string, CourseRecord>();
  for (const path of paths.values())
    for (const [key, course] of (await stepCatalog(data, path)).catalog) catalog.set(key, course);
  return { paths, catalog };
}
