// Use case: pull an LMS's whole catalog into the service's course catalog in one transaction. New
// courses are created and changed ones updated; a course whose key the service cannot take (an
// old-style Open edX key) is skipped and named rather than refusing the whole catalog; a title
// longer than the catalog keeps is cut short.
import { courseKeyProblem } from '@learning-paths/core';
import type { LmsPort } from '../../lms/lms-port.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { chunksOf } from '../../store/repositories/chunks.ts';
import type { CourseInput, CourseRecord } from '../../store/repositories/course-repository.ts';
import { COURSE_TITLE_LENGTH } from '../catalog/import-courses.ts';

export interface SyncCoursesOptions {
  readonly data: DataAccess;
  readonly lms: Pick<LmsPort, 'listCourses'>;
  readonly now: string;
}

export interface SyncCoursesResult {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: readonly { readonly key: string; readonly reason: string }[];
}

const FIELDS = ['title', 'org', 'startsAt', 'endsAt', 'lmsUrl', 'inviteOnly'] as const;

const differs = (stored: CourseRecord, course: CourseInput) =>
  FIELDS.some((field) => stored[field] !== course[field]);

/** The title, cut short with an ellipsis when it is longer than the catalog keeps. */
function shortened(title: string): string {
  if (title.length <= COURSE_TITLE_LENGTH) return title;
  const cut = title.slice(0, COURSE_TITLE_LENGTH - 1);
  // Half of a surrogate pair is not a character.
  return (/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut) + '…';
}

export async function syncCourses({ data, lms, now }: SyncCoursesOptions): Promise<SyncCoursesResult> {
  // By key, so that a course a shifting page boundary listed twice counts once.
  const courses = new Map<string, CourseInput>();
  const skipped: { key: string; reason: string }[] = [];
  for await (const course of lms.listCourses()) {
    const problem = courseKeyProblem(course.key);
    if (problem === null) courses.set(course.key, { ...course, title: shortened(course.title) });
    else skipped.push({ key: course.key, reason: problem });
  }
  return data.transaction(async (inside) => {
    const stored = new Map<string, CourseRecord>();
    for (const keys of chunksOf([...courses.keys()]))
      for (const [key, course] of await inside.courses.getMany(keys)) stored.set(key, course);
    const created = [...courses.values()].filter((course) => !stored.has(course.key));
    const updated = [...courses.values()].filter((course) => {
      const before = stored.get(course.key);
      return before !== undefined && differs(before, course);
    });
    await inside.courses.upsert([...created, ...updated], now);
    return {
      created: created.length,
      updated: updated.length,
      unchanged: courses.size - created.length - updated.length,
      skipped,
    };
  });
}
