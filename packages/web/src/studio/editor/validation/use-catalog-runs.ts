// When the path's courses run, from the catalog (GET /api/v1/courses/{key}, the course the editor
// shows in its search): each course is asked once, a few at a time, as it appears in the path. A
// course the catalog answers 404 for is not in it (null); a question that fails leaves the course
// unknown, and it is asked again on the next change.
import { useCallback, useEffect, useRef, useState } from 'react';
import { isStep, type PathDefinition } from '@learning-paths/core';
import { apiCall } from '../../../shared/api/api-call.ts';
import { ApiError } from '../../../shared/api/client.ts';
import { nodeEntries } from '../state/node-tree.ts';
import type { CourseRun } from '@learning-paths/core';
import type { CatalogLookup } from './course-warnings.ts';

/** Questions to the catalog at once: a long imported path should not flood the server. */
const AT_ONCE = 6;

async function askCatalog(course: string): Promise<CourseRun | null | undefined> {
  try {
    const found = await apiCall('/api/v1/courses/{key}', 'get', { params: { key: course } });
    return { startsAt: found.startsAt, endsAt: found.endsAt };
  } catch (error) {
    return error instanceof ApiError && error.status === 404 ? null : undefined;
  }
}

/** The course keys of a definition's steps, each once. */
function pathCourses(definition: PathDefinition): string[] {
  const courses = nodeEntries(definition).flatMap(({ node }) =>
    isStep(node) && typeof node.course === 'string' ? [node.course] : [],
  );
  return [...new Set(courses)];
}

export function useCatalogRuns(definition: PathDefinition): CatalogLookup {
  const [known, setKnown] = useState<ReadonlyMap<string, CourseRun | null>>(new Map());
  const asked = useRef(new Set<string>());
  const courses = pathCourses(definition).join('\n');
  useEffect(() => {
    const missing = courses.split('\n').filter((course) => course !== '' && !asked.current.has(course));
    if (missing.length === 0) return;
    for (const course of missing) asked.current.add(course);
    void (async () => {
      for (let start = 0; start < missing.length; start += AT_ONCE) {
        const batch = missing.slice(start, start + AT_ONCE);
        const answers = await Promise.all(
          batch.map(async (course) => [course, await askCatalog(course)] as const),
        );
        for (const [course, run] of answers) if (run === undefined) asked.current.delete(course);
        setKnown((current) => {
          const next = new Map(current);
          for (const [course, run] of answers) if (run !== undefined) next.set(course, run);
          return next;
        });
      }
    })();
  }, [courses]);
  return useCallback((course: string) => known.get(course), [known]);
}
