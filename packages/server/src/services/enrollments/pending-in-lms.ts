// Keeps the LMS in step with pending enrollments (people enrolled on a path by email before they
// have an account): once they have committed, each address is let into every course of its path
// (Open edX: an enrollment_allowed entry with auto-enroll) that the path may use (see
// catalog/course-sharing.ts), and out again when they are cancelled.
// No transaction stays open over an LMS call, and a failure changes nothing in the database: it is
// logged and returned by address and course, and reconciliation lets the address in again.
import { inParallel } from '../../lms/in-parallel.ts';
import { LmsError, type LmsPort } from '../../lms/lms-port.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { usableCourses } from '../catalog/course-sharing.ts';

/** LMS calls in flight at once; the adapter paces them to its rate. */
const LMS_CONCURRENCY = 4;
/** Failures named in a log line; the caller gets them all. */
const LOGGED_FAILURES = 5;
/** More pending enrollments than one address ever has. */
const PENDING_OF_ONE = 10_000;

/** Where the LMS's failures are logged: pino's logger (fastify's request.log) is one. */
export interface WarningLog {
  warn(details: object, message: string): void;
}

/** The LMS to keep in step, and where to log what it could not do. */
export interface LmsLink {
  readonly adapter: LmsPort;
  readonly log: WarningLog;
}

export interface EmailCourse {
  readonly email: string;
  readonly course: string;
}

export interface LmsFailure extends EmailCourse {
  readonly message: string;
}

/** Addresses by path key. */
export type EmailsByPath = ReadonlyMap<string, readonly string[]>;

/** `call` on each pair, a few at a time: how many it answered true for, and what the LMS failed. */
async function eachPair(
  pairs: readonly EmailCourse[],
  concurrency: number,
  call: (pair: EmailCourse) => Promise<boolean>,
): Promise<{ count: number; failures: LmsFailure[] }> {
  const outcomes = await inParallel(pairs, concurrency, async (pair) => {
    try {
      return { ...pair, done: await call(pair) };
    } catch (error) {
      if (error instanceof LmsError) return { ...pair, message: error.message };
      throw error;
    }
  });
  return {
    count: outcomes.filter((outcome) => 'done' in outcome && outcome.done).length,
    failures: outcomes.flatMap((outcome) => ('message' in outcome ? [outcome] : [])),
  };
}

/** Lets each address into its course; `count` is the entries the LMS did not have yet. */
export function allowInLms(lms: LmsPort, pairs: readonly EmailCourse[], concurrency = LMS_CONCURRENCY) {
  return eachPair(
    pairs,
    concurrency,
    async ({ email, course }) => (await lms.allowEnrollment({ email, courseKey: course })).created,
  );
}

/** Each (address, course) once, sorted. */
function distinctPairs(pairs: Iterable<EmailCourse>): EmailCourse[] {
  const unique = new Map<string, EmailCourse>();
  for (const pair of pairs) unique.set(`${pair.email}\n${pair.course}`, pair);
  return [...unique.values()].sort(
    (a, b) => a.email.localeCompare(b.email) || a.course.localeCompare(b.course),
  );
}

function logFailures(log: WarningLog, paths: EmailsByPath, failures: readonly LmsFailure[], message: string) {
  if (failures.length > 0)
    log.warn(
      { paths: [...paths.keys()], failed: failures.length, failures: failures.slice(0, LOGGED_FAILURES) },
      message,
    );
}

/** After new pending enrollments have committed: lets each address into the courses of its path. */
export async function allowPendingInLms(
  { adapter, log }: LmsLink,
  data: DataAccess,
  added: EmailsByPath,
): Promise<LmsFailure[]> {
  const courses = await usableCourses(data, await data.progress.coursesOfPaths([...added.keys()]));
  const pairs = distinctPairs(
    [...added].flatMap(([pathKey, emails]) =>
      emails.flatMap((email) => (courses.get(pathKey) ?? []).map((course) => ({ email, course }))),
    ),
  );
  const { failures } = await allowInLms(adapter, pairs);
  logFailures(log, added, failures, 'the LMS could not let pending learners in; reconciliation tries again');
  return failures;
}

/**
 * After pending enrollments have been cancelled: takes each address out of the courses of those
 * paths, except the courses its remaining pending enrollments still need.
 */
export async function disallowCancelledInLms(
  { adapter, log }: LmsLink,
  data: DataAccess,
  cancelled: EmailsByPath,
): Promise<LmsFailure[]> {
  const pathsOf = new Map<string, string[]>();
  for (const [pathKey, emails] of cancelled)
    for (const email of emails) pathsOf.set(email, [...(pathsOf.get(email) ?? []), pathKey]);
  const pairs: EmailCourse[] = [];
  for (const [email, paths] of pathsOf) {
    const { items: remaining } = await data.enrollments.listPending({
      email,
      limit: PENDING_OF_ONE,
      offset: 0,
    });
    const courses = await data.progress.coursesOfPaths([
      ...paths,
      ...remaining.map((pending) => pending.pathKey),
    ]);
    const needed = new Set(remaining.flatMap((pending) => courses.get(pending.pathKey) ?? []));
    for (const pathKey of paths)
      for (const course of courses.get(pathKey) ?? []) if (!needed.has(course)) pairs.push({ email, course });
  }
  const { failures } = await eachPair(
    distinctPairs(pairs),
    LMS_CONCURRENCY,
    async ({ email, course }) => (await adapter.disallowEnrollment({ email, courseKey: course })).removed,
  );
  logFailures(log, cancelled, failures, 'the LMS could not take cancelled pending learners out');
  return failures;
}
