// The courses of paths' published versions (the course index publishing keeps), by path.
import type { DataAccess } from '../../store/data-access.ts';

/** Every path of `pathKeys` with its courses; a path without any (never published) is left out. */
export async function coursesOfPaths(
  data: DataAccess,
  pathKeys: readonly string[],
): Promise<Map<string, string[]>> {
  const coursesOf = new Map<string, string[]>();
  for (const [course, paths] of await data.progress.pathsOfCourses(pathKeys))
    for (const pathKey of paths) coursesOf.set(pathKey, [...(coursesOf.get(pathKey) ?? []), course]);
  return coursesOf;
}
