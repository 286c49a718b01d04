// What Open edX knows of a learner in a course: the grade from the grades API (percent, passed) and
// the completion from the completion aggregator (percent), or null when they are not enrolled there.
import { z } from 'zod';
import { answer, type OpenedxClient } from './openedx-client.ts';

export interface CourseResults {
  /** 0 to 1. */
  readonly grade: number;
  readonly passed: boolean;
  /** 0 to 1; null when the aggregator has nothing for the learner yet. */
  readonly completion: number | null;
}

/** GET /api/grades/v1/courses/{course_id}/?username=…: a list of one user grade. */
const grades = z.array(z.looseObject({ percent: z.number(), passed: z.boolean() })).min(1);

/** GET /completion-aggregator/v1/course/{course_key}/?username=…: paginated course completions. */
const completions = z.object({
  results: z.array(z.looseObject({ completion: z.looseObject({ percent: z.number() }) })),
});

/** The grades API's 404 for a learner who is not enrolled, as opposed to an unknown user or course. */
const notEnrolled = z.looseObject({ error_code: z.literal('user_not_enrolled') });

const ratio = (value: number) => Math.min(1, Math.max(0, value));

export async function fetchCourseResults(
  client: OpenedxClient,
  username: string,
  course: string,
): Promise<CourseResults | null> {
  const about = `${username} in ${course}`;
  const query = { username };
  const action = `read the grade of ${about}`;
  const graded = await client.request(`/api/grades/v1/courses/${encodeURIComponent(course)}/`, {
    action,
    query,
    accept: ({ status, body }) => status === 404 && notEnrolled.safeParse(body).success,
  });
  if (graded.status === 404) return null;
  // The schema asks for at least one row.
  const grade = answer(graded, grades, action)[0]!;
  const { results } = await client.read(
    `/completion-aggregator/v1/course/${encodeURIComponent(course)}/`,
    { action: `read the completion of ${about}`, query },
    completions,
  );
  const completion = results[0]?.completion.percent;
  return {
    grade: ratio(grade.percent),
    passed: grade.passed,
    completion: completion === undefined ? null : ratio(completion),
  };
}
