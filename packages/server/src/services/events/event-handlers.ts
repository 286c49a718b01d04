// What each handled openedx-events type says about a learner, as one course fact. The worker
// dispatches on the message's `type`, never on the stream it came by: an operator may route any
// event to any topic.
import type { FactFieldValues } from '../../domain/facts.ts';
import { DISPLAY_NAME_LENGTH } from '../accounts/identifiers.ts';

/** The source recorded with the facts events bring. */
export const EVENT_SOURCE = 'openedx';

// The parts of the decoded Avro records the handlers read (the schemas in worker/schemas/ have them all).
interface UserData {
  readonly id: number;
  readonly pii: { readonly username: string; readonly email: string; readonly name: string };
}
interface CourseData {
  readonly course_key: string;
}
interface EnrollmentEvent {
  readonly enrollment: { readonly user: UserData; readonly course: CourseData; readonly is_active: boolean };
}
interface GradeEvent {
  readonly grade: {
    readonly user_id: number;
    readonly course: CourseData;
    readonly percent_grade: number;
    readonly passed_timestamp: string;
  };
}
interface PassingStatusEvent {
  readonly course_passing_status: {
    readonly user: UserData;
    readonly course: CourseData;
    readonly is_passing: boolean;
  };
}
interface CertificateEvent {
  readonly certificate: { readonly user: UserData; readonly course: CourseData };
}

/** A person as the LMS describes them in an event. */
export interface LmsPerson {
  readonly lmsUserId: string;
  readonly username: string;
  readonly email: string | null;
  readonly name: string | null;
}

export interface LearnerEvent {
  readonly lmsUserId: string;
  /** Who that is, when the event says: every handled type but the grade summary. */
  readonly person: LmsPerson | null;
  readonly courseKey: string;
  readonly values: FactFieldValues;
}

function about(user: UserData, course: CourseData, values: FactFieldValues): LearnerEvent {
  const { username, email, name } = user.pii;
  const lmsUserId = String(user.id);
  return {
    lmsUserId,
    person:
      username === ''
        ? null
        : { lmsUserId, username, email: email || null, name: name.slice(0, DISPLAY_NAME_LENGTH) || null },
    courseKey: course.course_key,
    values,
  };
}

function enrollment({ enrollment }: EnrollmentEvent): LearnerEvent {
  return about(enrollment.user, enrollment.course, { enrolled: enrollment.is_active });
}

function gradeSummary({ grade }: GradeEvent): LearnerEvent {
  if (!(grade.percent_grade >= 0 && grade.percent_grade <= 1))
    throw new Error(`percent_grade ${grade.percent_grade} is not between 0 and 1`);
  return {
    lmsUserId: String(grade.user_id),
    person: null,
    courseKey: grade.course.course_key,
    // The LMS sets passed_timestamp when the learner passes and clears it when they no longer do.
    values: { grade: grade.percent_grade, passed: grade.passed_timestamp !== '' },
  };
}

function passingStatus({ course_passing_status: status }: PassingStatusEvent): LearnerEvent {
  return about(status.user, status.course, { passed: status.is_passing });
}

// The LMS creates a course certificate only for a passing learner, and revokes it when the learner
// no longer passes (or is found not to have): a certificate says "passed" with the event's time, so
// a later grade or passing status (a regrade) still wins over it, and it over earlier ones.
function certificate(passed: boolean) {
  return ({ certificate }: CertificateEvent): LearnerEvent =>
    about(certificate.user, certificate.course, { passed });
}

type Handler = (record: never) => LearnerEvent;

const handlers: Record<string, Handler> = {
  'org.openedx.learning.course.enrollment.created.v1': enrollment,
  'org.openedx.learning.course.enrollment.changed.v1': enrollment,
  'org.openedx.learning.course.unenrollment.completed.v1': ({ enrollment }: EnrollmentEvent) =>
    about(enrollment.user, enrollment.course, { enrolled: false }),
  'org.openedx.learning.course.persistent_grade_summary.changed.v1': gradeSummary,
  'org.openedx.learning.course.passing.status.updated.v1': passingStatus,
  'org.openedx.learning.certificate.created.v1': certificate(true),
  'org.openedx.learning.certificate.revoked.v1': certificate(false),
};

/** The event types the worker handles. */
export const HANDLED_TYPES: readonly string[] = Object.keys(handlers);

/** The learner fact a decoded event says; undefined for a type the worker does not handle. */
export function handlerOf(eventType: string): ((record: unknown) => LearnerEvent) | undefined {
  return Object.hasOwn(handlers, eventType)
    ? (handlers[eventType] as (record: unknown) => LearnerEvent)
    : undefined;
}
