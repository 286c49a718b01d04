// The enrollment routes of one path as the learners page calls them: their answers' types from the
// OpenAPI document, and the writes (enroll, unenroll, cancel, retry in the LMS) and the export's reading.
import { apiCall } from '../../shared/api/api-call.ts';
import type { Answer } from '../../shared/api/types.ts';
import { learnerFilterParams, type LearnerQuery } from './learner-query.ts';

export type ProgressSummary = Answer<'/api/v1/paths/{key}/progress-summary', 'get'>;
export type StepCount = Answer<'/api/v1/paths/{key}/step-summary', 'get'>['items'][number];
type LearnersPage = Answer<'/api/v1/paths/{key}/enrollments', 'get'>;
export type LearnerRow = LearnersPage['items'][number];
export type LearnerStatus = LearnerRow['status'];
export type EnrollmentResult = Answer<'/api/v1/paths/{key}/enrollments', 'post'>['results'][number];
export type EnrollmentResultKind = EnrollmentResult['result'];
type PendingPage = Answer<'/api/v1/paths/{key}/pending-enrollments', 'get'>;
export type PendingRow = PendingPage['items'][number];
export type PendingLms = NonNullable<PendingRow['lms']>;
export type LmsRetryAnswer = Answer<'/api/v1/paths/{key}/pending-enrollments/{email}/lms-retry', 'post'>;
type AuditPage = Answer<'/api/v1/paths/{key}/audit', 'get'>;
export type AuditRow = AuditPage['items'][number];

/** The reason, trimmed, as the writes take it: left out when blank. */
const reasonParams = (reason: string): { reason?: string } =>
  reason.trim() === '' ? {} : { reason: reason.trim() };

/** Enrolls usernames or emails typed in a form. */
export async function enrollLearners(
  key: string,
  learners: readonly string[],
  reason: string,
): Promise<EnrollmentResult[]> {
  const answer = await apiCall('/api/v1/paths/{key}/enrollments', 'post', {
    params: { key },
    body: { learners: [...learners], ...reasonParams(reason) },
  });
  return answer.results;
}

/** Enrolls the first column of a CSV file's text. */
export async function enrollCsv(key: string, csv: string, reason: string): Promise<EnrollmentResult[]> {
  const answer = await apiCall('/api/v1/paths/{key}/enrollments', 'post', {
    params: { key },
    query: reasonParams(reason),
    body: csv,
    contentType: 'text/csv',
  });
  return answer.results;
}

export async function unenrollLearner(key: string, username: string, reason: string): Promise<void> {
  await apiCall('/api/v1/paths/{key}/enrollments/{username}', 'delete', {
    params: { key, username },
    query: reasonParams(reason),
  });
}

export async function cancelPendingEnrollment(key: string, email: string): Promise<void> {
  await apiCall('/api/v1/paths/{key}/pending-enrollments/{email}', 'delete', { params: { key, email } });
}

/** Queues again the LMS calls the LMS refused for a pending email; `retried` counts them. */
export function retryPendingLms(key: string, email: string): Promise<LmsRetryAnswer> {
  return apiCall('/api/v1/paths/{key}/pending-enrollments/{email}/lms-retry', 'post', {
    params: { key, email },
  });
}

/** Every learner matching the list's filters, page after page (the export writes them in words). */
export async function allLearners(key: string, query: LearnerQuery): Promise<LearnerRow[]> {
  const rows: LearnerRow[] = [];
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const page = await apiCall('/api/v1/paths/{key}/enrollments', 'get', {
      params: { key },
      query: { ...learnerFilterParams(query), limit: String(EXPORT_PAGE), offset: String(offset) },
    });
    rows.push(...page.items);
    if (page.items.length < EXPORT_PAGE) return rows;
  }
}

/** The largest page the list answers. */
const EXPORT_PAGE = 500;
