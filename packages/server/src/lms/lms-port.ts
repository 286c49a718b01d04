// What the service needs from an LMS. Adapters implement it: the standalone one (its own catalog,
// enrollments recorded locally) and Open edX. Only adapters talk to an LMS.
import type { CourseInput, CourseRecord } from '../store/repositories/course-repository.ts';
import type { UserRecord } from '../store/repositories/user-repository.ts';

/**
 * The LMS failed (unreachable, or refused after retries). Adapters throw it, or a subclass, with a
 * message naming what was attempted and for whom; the API answers 502 with that message.
 */
export class LmsError extends Error {
  override readonly name: string = 'LmsError';
  /**
   * The LMS refused the call itself (not an outage or a timeout): sent again unchanged, it fails
   * the same way, so the outbox stops retrying it until staff try again.
   */
  get permanent(): boolean {
    return false;
  }
}

export interface LmsUser {
  readonly username: string;
  readonly email: string | null;
  readonly lmsUserId: string | null;
}

export interface LmsPort {
  /** For logs and the health page: standalone, openedx… */
  readonly name: string;
  /**
   * True when the LMS is another system: the calls requests need (allowEnrollment,
   * disallowEnrollment) are queued in the outbox and sent in the background (lms/outbox-sender.ts).
   */
  readonly remote: boolean;
  /** The LMS's course catalog, for catalog sync. */
  listCourses(): AsyncIterable<CourseInput>;
  /**
   * Enrolls a user in a course on behalf of a path, even when the course is invite-only (the
   * service acts as staff). Enrolling twice is not an error.
   */
  enroll(input: { user: UserRecord; course: CourseRecord; viaPath: string; now: string }): Promise<{
    readonly created: boolean;
  }>;
  /**
   * Lets a person who has no account yet into a course: the LMS enrolls them when they sign up with
   * `email`. Allowing twice is not an error (`created` false).
   */
  allowEnrollment(input: { email: string; courseKey: string }): Promise<{ readonly created: boolean }>;
  /** Takes back what allowEnrollment gave; nothing to take back is not an error (`removed` false). */
  disallowEnrollment(input: { email: string; courseKey: string }): Promise<{ readonly removed: boolean }>;
  /** Where a learner goes to take the course. */
  launchUrl(course: CourseRecord): string | null;
  /** A person as the LMS knows them, by username or email. */
  findUser(query: { username: string } | { email: string }): Promise<LmsUser | undefined>;
}
