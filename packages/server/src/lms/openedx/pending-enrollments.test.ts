// Enrollment by email with the Open edX adapter, in process against the fake LMS, through the
// Open edX plugin's bulk enrollment and the path's own enrollment API: letting addresses without an
// account into each course of their paths queued for the LMS (sent by the outbox sender), where it
// stands shown in the pending list, and cancelling taking them out again.
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
} from '../../../test/openedx-compat-fixture.ts';
import { dataAccess } from '../../store/data-access.ts';
import { sendDueCalls } from '../outbox-sender.ts';
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
  /** Sends every call due, as the background sender does. */
  const drain = async () => {
    const data = dataAccess(testApp.store());
    const lms = new OpenedxLms(fake.settings(), data, { retries: 0 });
    const sender = { data, lms, log: { warn: () => undefined, error: () => undefined } };
    while ((await sendDueCalls(sender, 'test')).claimed > 0);
  };
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
      { enrollments_created: 0, enrollment_allowed_created: 2, lms_queued: 4 },
    ]);
    expect(fake.requestsTo(ALLOWED)).toHaveLength(0);
    await drain();
    expect(coursesOf('new@example.org')).toEqual([CSS, HTML, HTML_NEXT, SQL].sort());
    expect(fake.requestsTo(ALLOWED)).toHaveLength(4);
  });

  it('shows in the pending list where the LMS calls stand, and what the LMS refused', async () => {
    const response = await bulk('POST', { learning_paths: INVITE, emails: 'late@example.org' });
    expect([response.statusCode, response.json()]).toEqual([
      201,
      { enrollments_created: 0, enrollment_allowed_created: 1, lms_queued: 2 },
    ]);
    const lmsOf = async (email: string) => {
      const pending = await testApp.app().inject({
        url: `/api/v1/paths/${INVITE}/pending-enrollments`,
        headers: testApp.as('author'),
      });
      return (pending.json().items as { email: string; lms: unknown }[]).find((row) => row.email === email)
        ?.lms;
    };
    expect(await lmsOf('late@example.org')).toEqual({ state: 'waiting', attempts: 0, error: null });
    fake.failNext(1, { status: 400, message: 'refused' }, ALLOWED);
    await drain();
    expect(await lmsOf('late@example.org')).toEqual({
      state: 'failed',
      attempts: 1,
      error: expect.stringContaining('400 refused'),
    });
    const retried = await testApp.app().inject({
      method: 'POST',
      url: `/api/v1/paths/${INVITE}/pending-enrollments/late@example.org/lms-retry`,
      headers: testApp.as('author'),
    });
    expect([retried.statusCode, retried.json()]).toEqual([200, { retried: 1 }]);
    await drain();
    expect(await lmsOf('late@example.org')).toEqual({ state: 'done', attempts: 2, error: null });
  });

  it('takes cancelled addresses out of the courses no other pending path of theirs needs', async () => {
    const invite = await bulk('DELETE', {
      learning_paths: INVITE,
      emails: 'new@example.org,late@example.org',
    });
    expect(invite.statusCode).toBe(204);
    expect(invite.headers).toMatchObject({ 'x-enrollment-allowed-deactivated': '2', 'x-lms-queued': '3' });
    await drain();
    // CSS is a course of the public path too, where new@ still waits.
    expect(coursesOf('new@example.org')).toEqual([CSS, HTML, HTML_NEXT].sort());
    const all = await bulk('DELETE', { learning_paths: PUBLIC, emails: 'new@example.org' });
    expect(all.headers).toMatchObject({ 'x-enrollment-allowed-deactivated': '1', 'x-lms-queued': '3' });
    await drain();
    expect(coursesOf('new@example.org')).toEqual([]);
  });
  it("does the same through the path's own enrollment API and its pending list", async () => {
    const enrolled = await testApp.app().inject({
      method: 'POST',
      url: `/api/v1/paths/${INVITE}/enrollments`,
      headers: testApp.as('author'),
      payload: { learners: ['solo@example.org'] },
    });
    expect(enrolled.json().results).toEqual([
      expect.objectContaining({
        learner: 'solo@example.org',
        result: 'pending',
        detail: 'no account has this email yet; enrolled when one appears; queued for the LMS',
      }),
    ]);
    await drain();
    expect(coursesOf('solo@example.org')).toEqual([CSS, SQL].sort());

    const cancelled = await testApp.app().inject({
      method: 'DELETE',
      url: `/api/v1/paths/${INVITE}/pending-enrollments/solo@example.org`,
      headers: testApp.as('author'),
    });
    expect(cancelled.statusCode).toBe(204);
    await drain();
    expect(coursesOf('solo@example.org')).toEqual([]);
  });
});
