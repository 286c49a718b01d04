// Enrollment by email with the Open edX adapter, in process against the fake LMS, through the
// Open edX plugin's bulk enrollment and the path's own enrollment API: addresses without an account
// let into each course of their paths, the LMS's failures named in the answer without losing the
// pending enrollments, and cancelling taking them out again.
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenedx } from '../../../test/fake-openedx.ts';
import { useTestApp } from '../../../test/test-app.ts';
import {
  API,
  CSS,
  HTML,
  HTML_NEXT,
  INVITE,
  PUBLIC,
  seed,
  SQL,
  START,
  USERS,
} from '../../http/routes/openedx-compat/test-fixtures.ts';
import { OpenedxLms } from './openedx-lms.ts';

const URL = `${API}/enrollments/bulk-enroll/`;
const ALLOWED = '/api/enrollment/v1/enrollment_allowed/';

describe('bulk enrollment by email with Open edX', () => {
  let fake: FakeOpenedx;
  beforeAll(async () => {
    fake = await FakeOpenedx.start();
    return () => fake.close();
  });
  const testApp = useTestApp({
    now: START,
    users: USERS,
    lms: (data) => new OpenedxLms(fake.settings(), data, { retries: 0 }),
  });
  const bulk = (method: 'POST' | 'DELETE', payload: object) =>
    testApp.app().inject({ method, url: URL, headers: testApp.as('author'), payload });
  const coursesOf = (email: string) =>
    fake.enrollmentAllowed
      .filter((entry) => entry.email === email)
      .map((entry) => entry.course_id)
      .sort();
  beforeAll(() => seed(testApp));

  it('lets a new address into every course of its paths, each course once', async () => {
    const response = await bulk('POST', { learning_paths: `${PUBLIC},${INVITE}`, emails: 'new@example.org' });
    expect([response.statusCode, response.json()]).toEqual([
      201,
      { enrollments_created: 0, enrollment_allowed_created: 2 },
    ]);
    expect(coursesOf('new@example.org')).toEqual([CSS, HTML, HTML_NEXT, SQL].sort());
    expect(fake.requestsTo(ALLOWED)).toHaveLength(4);
  });

  it('names what the LMS failed, and keeps the enrollments pending', async () => {
    fake.failNext(2, { status: 500 }, ALLOWED);
    const response = await bulk('POST', { learning_paths: INVITE, emails: 'late@example.org' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      enrollments_created: 0,
      enrollment_allowed_created: 1,
      lms_failures: [CSS, SQL].sort().map((course) => ({
        email: 'late@example.org',
        course,
        message: `Open edX could not allow late@example.org to enroll in ${course}: 500 (no details)`,
      })),
    });
    const pending = await testApp.app().inject({
      url: `/api/v1/paths/${INVITE}/pending-enrollments`,
      headers: testApp.as('author'),
    });
    expect(pending.json().items.map((row: { email: string }) => row.email)).toContain('late@example.org');
  });

  it('takes cancelled addresses out of the courses no other pending path of theirs needs', async () => {
    const invite = await bulk('DELETE', {
      learning_paths: INVITE,
      emails: 'new@example.org,late@example.org',
    });
    expect(invite.statusCode).toBe(204);
    expect(invite.headers).toMatchObject({ 'x-enrollment-allowed-deactivated': '2', 'x-lms-failures': '0' });
    // CSS is a course of the public path too, where new@ still waits.
    expect(coursesOf('new@example.org')).toEqual([CSS, HTML, HTML_NEXT].sort());
    fake.failNext(1, { status: 500 }, ALLOWED);
    const all = await bulk('DELETE', { learning_paths: PUBLIC, emails: 'new@example.org' });
    expect(all.headers).toMatchObject({ 'x-enrollment-allowed-deactivated': '1', 'x-lms-failures': '1' });
    expect(coursesOf('new@example.org')).toHaveLength(1);
  });
  it("does the same through the path's own enrollment API and its pending list", async () => {
    const enrolled = await testApp.app().inject({
      method: 'POST',
      url: `/api/v1/paths/${INVITE}/enrollments`,
      headers: testApp.as('author'),
      payload: { learners: ['solo@example.org'] },
    });
    expect(enrolled.json().results).toEqual([
      expect.objectContaining({ learner: 'solo@example.org', result: 'pending' }),
    ]);
    expect(coursesOf('solo@example.org')).toEqual([CSS, SQL].sort());

    fake.failNext(1, { status: 500 }, ALLOWED);
    const failed = await testApp.app().inject({
      method: 'POST',
      url: `/api/v1/paths/${PUBLIC}/enrollments`,
      headers: testApp.as('author'),
      payload: { learners: ['solo2@example.org'] },
    });
    const [row] = failed.json().results as { result: string; detail: string }[];
    expect(row).toMatchObject({ result: 'pending' });
    expect(row!.detail).toContain('not in the LMS yet, reconciliation tries again');

    const cancelled = await testApp.app().inject({
      method: 'DELETE',
      url: `/api/v1/paths/${INVITE}/pending-enrollments/solo@example.org`,
      headers: testApp.as('author'),
    });
    expect(cancelled.statusCode).toBe(204);
    expect(coursesOf('solo@example.org')).toEqual([]);
  });
});
