// The enrollment routes of one path as the learners page calls them: typed answers from the
// OpenAPI document, URLs with the path key encoded, and the writes (enroll, unenroll, cancel).
import { api, apiText } from '../../shared/api/client.ts';
import type { Answer } from '../../shared/api/types.ts';
import { learnerFilterParams, learnerPageParams, type LearnerQuery } from './learner-query.ts';

export type PathAnswer = Answer<'/api/v1/paths/{key}', 'get'>;
export type ProgressSummary = Answer<'/api/v1/paths/{key}/progress-summary', 'get'>;
export type LearnersPage = Answer<'/api/v1/paths/{key}/enrollments', 'get'>;
export type LearnerRow = LearnersPage['items'][number];
export type LearnerStatus = LearnerRow['status'];
export type EnrollmentResult = Answer<'/api/v1/paths/{key}/enrollments', 'post'>['results'][number];
export type EnrollmentResultKind = EnrollmentResult['result'];
export type PendingPage = Answer<'/api/v1/paths/{key}/pending-enrollments', 'get'>;
export type PendingRow = PendingPage['items'][number];
export type PendingLms = NonNullable<PendingRow['lms']>;
export type LmsRetryAnswer = Answer<'/api/v1/paths/{key}/pending-enrollments/{email}/lms-retry', 'post'>;
export type AuditPage = Answer<'/api/v1/paths/{key}/audit', 'get'>;
export type AuditRow = AuditPage['items'][number];

const pathUrl = (key: string) => `/api/v1/paths/${encodeURIComponent(key)}`;
const withQuery = (url: string, params: Record<string, string>) => {
  const query = new URLSearchParams(params).toString();
  return query === '' ? url : `${url}?${query}`;
};
const reasonParams = (reason: string): Record<string, string> =>
  reason.trim() === '' ? {} : { reason: reason.trim() };

export const urls = {
  path: (key: string) => pathUrl(key),
  summary: (key: string) => `${pathUrl(key)}/progress-summary`,
  learners: (key: string, query: LearnerQuery, limit: number) =>
    withQuery(`${pathUrl(key)}/enrollments`, learnerPageParams(query, limit)),
  pending: (key: string, limit: number, offset: number) =>
    withQuery(`${pathUrl(key)}/pending-enrollments`, { limit: String(limit), offset: String(offset) }),
  audit: (key: string, learner: string, limit: number, offset: number) =>
    withQuery(`${pathUrl(key)}/audit`, {
      ...(learner === '' ? {} : { learner }),
      limit: String(limit),
      offset: String(offset),
    }),
};

/** Enrolls usernames or emails typed in a form. */
export async function enrollLearners(
  key: string,
  learners: readonly string[],
  reason: string,
): Promise<EnrollmentResult[]> {
  const body = { learners, ...reasonParams(reason) };
  const answer = await api<{ results: EnrollmentResult[] }>(`${pathUrl(key)}/enrollments`, {
    method: 'POST',
    body,
  });
  return answer.results;
}

/** Enrolls the first column of a CSV file's text. */
export async function enrollCsv(key: string, csv: string, reason: string): Promise<EnrollmentResult[]> {
  const answer = await api<{ results: EnrollmentResult[] }>(
    withQuery(`${pathUrl(key)}/enrollments`, reasonParams(reason)),
    { method: 'POST', body: csv, contentType: 'text/csv' },
  );
  return answer.results;
}

export function unenrollLearner(key: string, username: string, reason: string): Promise<void> {
  return api<void>(
    withQuery(`${pathUrl(key)}/enrollments/${encodeURIComponent(username)}`, reasonParams(reason)),
    { method: 'DELETE' },
  );
}

export function cancelPendingEnrollment(key: string, email: string): Promise<void> {
  return api<void>(`${pathUrl(key)}/pending-enrollments/${encodeURIComponent(email)}`, {
    method: 'DELETE',
  });
}

/** Queues again the LMS calls the LMS refused for a pending email; `retried` counts them. */
export function retryPendingLms(key: string, email: string): Promise<LmsRetryAnswer> {
  return api<LmsRetryAnswer>(`${pathUrl(key)}/pending-enrollments/${encodeURIComponent(email)}/lms-retry`, {
    method: 'POST',
  });
}

/** Every learner matching the list's filters, as the server's CSV export. */
export function exportLearnersCsv(key: string, query: LearnerQuery): Promise<string> {
  return apiText(withQuery(`${pathUrl(key)}/enrollments.csv`, learnerFilterParams(query)));
}
