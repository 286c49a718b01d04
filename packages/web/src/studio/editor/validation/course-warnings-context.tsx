// The catalog's runs of the path's courses and the warnings they give (course-warnings.ts), shared
// by the structure rows, the outline and the publish confirmation; "now" is when they are worked
// out, on each change of the path or the catalog's answers.
import { createContext, useContext, useMemo } from 'react';
import type { PathDefinition } from '@learning-paths/core';
import { courseWarnings, type CatalogLookup, type CourseWarning } from './course-warnings.ts';
import { useCatalogRuns } from './use-catalog-runs.ts';

export interface CourseWarnings {
  readonly runOf: CatalogLookup;
  readonly all: readonly CourseWarning[];
  /** The warnings of the step at a pointer. */
  readonly at: (pointer: string) => readonly CourseWarning[];
}

const NONE: CourseWarnings = { runOf: () => undefined, all: [], at: () => [] };

export const CourseWarningsContext = createContext<CourseWarnings>(NONE);

export function useCourseWarnings(): CourseWarnings {
  return useContext(CourseWarningsContext);
}

/** The warnings of a definition being edited, for CourseWarningsContext. */
export function useCourseWarningsOf(definition: PathDefinition): CourseWarnings {
  const runOf = useCatalogRuns(definition);
  return useMemo(() => {
    const all = courseWarnings(definition, runOf, new Date().toISOString());
    return { runOf, all, at: (pointer) => all.filter((warning) => warning.pointer === pointer) };
  }, [definition, runOf]);
}
