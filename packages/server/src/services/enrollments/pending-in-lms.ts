// Keeps the LMS in step with pending enrollments (people enrolled on a path by email before they
// have an account): each address is let into every course of its path (Open edX: an
// enrollment_allowed entry with auto-enroll) that the path may use (see catalog/course-sharing.ts),
// and out again when they are cancelled. Requests queue these calls in the LMS outbox, in the
// transaction that changes the enrollments, and the background sender (lms/outbox-sender.ts)
// makes them: the LMS never holds a request. Reconciliation calls the LMS itself (allowInLms).
import { inParallel } from '../../lms/in-parallel.ts';
import { LmsError, type LmsPort } from '../../lms/lms-port.ts';
import type { OutboxState } from '../../domain/lms-outbox.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { usableCourses } from '../catalog/course-sharing.ts';

/** LMS calls in flight at once; the adapter paces them to its rate. */
const LMS_CONCURRENCY = 4;
/** More pending enrollments than one address ever has. */
const PENDING_OF_ONE = 10_000;

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

/** The pairs of each path's addresses and its courses. */
async function pairsOfPaths(data: DataAccess, emailsByPath: EmailsByPath): Promise<EmailCourse[]> {
  const courses = await usableCourses(data, await data.progress.coursesOfPaths([...emailsByPath.keys()]));
  return distinctPairs(
    [...emailsByPath].flatMap(([pathKey, emails]) =>
      emails.flatMap((email) => (courses.get(pathKey) ?? []).map((course) => ({ email, course }))),
    ),
  );
}

/**
 * In the transaction adding pending enrollments: queues letting each address into the courses of
 * its path. Returns how many calls were queued (none for an LMS of the service's own).
 */
export async function queuePendingInLms(
  adapter: LmsPort,
  data: DataAccess,
  added: EmailsByPath,
  now: string,
): Promise<number> {
  if (!adapter.remote || added.size === 0) return 0;
  const pairs = await pairsOfPaths(data, added);
  await data.lmsOutbox.queue(
    pairs.map(({ email, course }) => ({ email, courseKey: course, action: 'allow' })),
    now,
  );
  return pairs.length;
}

/**
 * In the transaction cancelling pending enrollments (after they are gone): queues taking each
 * address out of the courses of those paths, except the courses its remaining pending
 * enrollments still need. Returns how many calls were queued.
 */
export async function queueCancelledInLms(
  adapter: LmsPort,
  data: DataAccess,
  cancelled: EmailsByPath,
  now: string,
): Promise<number> {
  if (!adapter.remote) return 0;
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
  const distinct = distinctPairs(pairs);
  await data.lmsOutbox.queue(
    distinct.map(({ email, course }) => ({ email, courseKey: course, action: 'disallow' })),
    now,
  );
  return distinct.length;
}

/** Where the LMS calls about a pending address stand, over the courses of its path. */
export interface PendingLmsState {
  /** `failed` when the LMS refused one, else `waiting` while one is not sent, else `done`. */
  readonly state: OutboxState;
  /** The most attempts any of its calls took so far. */
  readonly attempts: number;
  /** The LMS's reason, for a failed call or the last failed attempt of a waiting one. */
  readonly error: string | null;
}

/** Each address's LMS state on the path; addresses with no call queued are left out. */
export async function pendingLmsStates(
  data: DataAccess,
  pathKey: string,
  emails: readonly string[],
): Promise<Map<string, PendingLmsState>> {
  const courses = (await data.progress.coursesOfPaths([pathKey])).get(pathKey) ?? [];
  const byEmail = new Map<string, PendingLmsState>();
  const rank = { done: 0, waiting: 1, failed: 2 } as const;
  for (const call of await data.lmsOutbox.statuses(emails, courses)) {
    const seen = byEmail.get(call.email);
    const worse = !seen || rank[call.state] > rank[seen.state];
    byEmail.set(call.email, {
      state: worse ? call.state : seen.state,
      attempts: Math.max(seen?.attempts ?? 0, call.attempts),
      error: (worse ? call.lastError : seen.error) ?? seen?.error ?? call.lastError,
    });
  }
  return byEmail;
}
