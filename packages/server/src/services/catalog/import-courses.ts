// Use case: create or update catalog courses, one or thousands at a time. All or nothing: every
// row is checked first (key, dates, URL: 422), then the caller's right to each organisation
// (403), and a single bad row refuses the whole request with every problem at its pointer.
import { courseKeyWords, joinPointer, parseCourseKey, problemAt, type Problem } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseInput } from '../../store/repositories/course-repository.ts';
import { canAuthor, type Actor } from '../actor.ts';

/** The longest course title the catalog keeps: course titles are shown in lists, whole. */
export const COURSE_TITLE_LENGTH = 500;

export interface CourseRow {
  readonly key: string;
  readonly title: string;
  readonly startsAt?: string | null;
  readonly endsAt?: string | null;
  readonly lmsUrl?: string | null;
  readonly inviteOnly?: boolean;
}

export interface ImportCoursesOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly rows: readonly CourseRow[];
  readonly now: string;
  /**
   * Where a row's field is in the request, for problems: `/courses/{index}/{field}` by default;
   * a route taking one course elsewhere (the key in its address) says where instead.
   */
  readonly pointer?: (index: number, field: keyof CourseRow) => string;
}

const inCoursesList = (index: number, field: keyof CourseRow) => joinPointer('/courses', index, field);

function rowProblems(
  row: CourseRow,
  index: number,
  pointer: (index: number, field: keyof CourseRow) => string,
): Problem[] {
  const at = (field: keyof CourseRow) => pointer(index, field);
  const keyProblem = courseKeyWords(row.key);
  if (keyProblem !== null) return [problemAt(at('key'), keyProblem)];
  const problems: Problem[] = [];
  if (row.startsAt && row.endsAt && row.endsAt < row.startsAt)
    problems.push({ pointer: at('endsAt'), message: 'endsAt is before startsAt' });
  if (row.lmsUrl && !/^https?:\/\//.test(row.lmsUrl))
    problems.push({ pointer: at('lmsUrl'), message: 'lmsUrl must be an http or https address' });
  return problems;
}

export async function importCourses({
  data,
  actor,
  rows,
  now,
  pointer = inCoursesList,
}: ImportCoursesOptions): Promise<number> {
  const problems = rows.flatMap((row, index) => rowProblems(row, index, pointer));
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const earlier = seen.get(row.key);
    if (earlier !== undefined)
      problems.push({
        pointer: pointer(index, 'key'),
        message: `${row.key} is also at /courses/${earlier}`,
      });
    seen.set(row.key, index);
  });
  if (problems.length > 0)
    throw new AppError(
      'invalid',
      `${problems.length} problem(s) in the courses; nothing was saved`,
      problems,
    );
  const refused = rows.flatMap((row, index): Problem[] => {
    const { org } = parseCourseKey(row.key);
    if (canAuthor(actor, org)) return [];
    return [
      {
        pointer: pointer(index, 'key'),
        message: `only authors of ${org} may change its courses`,
      },
    ];
  });
  if (refused.length > 0) {
    throw new AppError(
      'forbidden',
      `${refused.length} course(s) belong to organisations you may not change; nothing was saved`,
      refused,
    );
  }
  const inputs: CourseInput[] = rows.map((row) => ({
    key: row.key,
    title: row.title,
    org: parseCourseKey(row.key).org,
    startsAt: row.startsAt ?? null,
    endsAt: row.endsAt ?? null,
    lmsUrl: row.lmsUrl ?? null,
    inviteOnly: row.inviteOnly ?? false,
  }));
  return data.transaction((inside) => inside.courses.upsert(inputs, now));
}
