// When the path's courses run, from the catalog (GET /api/v1/courses/{key}, the course the editor
// shows in its search): each course is asked once, a few at a time, as it appears in the path. A
// course the catalog answers 404 for is not in it (null); a question that fails leaves the course
// unknown, and it is asked again on the next change. A step that follows its course (`run:
// current`) is looked up by the course (`org+number`): its runs are searched, and the one open now,
// else the next, is its run.
import { useCallback, useEffect, useRef, useState } from 'react';
import { courseOfRun, currentRun, isStep, type CatalogRun, type PathDefinition } from '@learning-paths/core';
import { apiCall } from '../../../shared/api/api-call.ts';
import { ApiError } from '../../../shared/api/client.ts';
import { nodeEntries } from '../state/node-tree.ts';
import { catalogKeyOf, type CatalogLookup } from './course-warnings.ts';

/** Questions to the catalog at once: a long imported path should not flood the server. */
const AT_ONCE = 6;

/** The runs of a followed course the catalog has; more than a course ever has at once. */
const RUNS_ASKED = 100;

async function askCatalog(key: string): Promise<CatalogRun | null | undefined> {
  try {
    if (key.startsWith('course-v1:')) {
      const found = await apiCall('/api/v1/courses/{key}', 'get', { params: { key } });
      return { key, startsAt: found.startsAt, endsAt: found.endsAt };
    }
    // The search matches keys containing the text: only this course's own runs are kept.
    const page = await apiCall('/api/v1/courses', 'get', { query: { search: key, limit: RUNS_ASKED } });
    const runs = page.items.filter((course) => courseOfRun(course.key) === key);
    if (runs.length === 0) return null;
    return currentRun(runs, Date.now()) ?? latestRun(runs);
  } catch (error) {
    return error instanceof ApiError && error.status === 404 ? null : undefined;
  }
}

/** With no run open or coming, the last to end stands for the course (its warnings say it ended). */
function latestRun(runs: readonly CatalogRun[]): CatalogRun {
  const end = (run: CatalogRun) => (run.endsAt === null ? Infinity : Date.parse(run.endsAt));
  return runs.reduce((latest, run) => (end(run) > end(latest) ? run : latest));
}

/** What the catalog is asked for each of a definition's steps, each once. */
function pathCourses(definition: PathDefinition): string[] {
  const courses = nodeEntries(definition).flatMap(({ node }) =>
    isStep(node) && typeof node.course === 'string' ? [catalogKeyOf(node)] : [],
  );
  return [...new Set(courses)];
}

export function useCatalogRuns(definition: PathDefinition): CatalogLookup {
  const [known, setKnown] = useState<ReadonlyMap<string, CatalogRun | null>>(new Map());
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
