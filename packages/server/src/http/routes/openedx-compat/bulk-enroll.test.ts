// The compatibility surface's bulk enrollment and unenrollment by email, pending addresses included.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/test-app.ts';
import { API, INVITE, PUBLIC, seed, START, USERS } from '../../../../test/openedx-compat-fixture.ts';

const URL = `${API}/enrollments/bulk-enroll/`;

describe('Open edX compatibility: bulk enrollment by email', () => {
  const testApp = useTestApp({ now: START, users: USERS });
  const { app, as } = testApp;
  const bulk = (method: 'POST' | 'DELETE', who: string, payload: object) =>
    app().inject({ method, url: URL, headers: as(who), payload });
  const learners = async (key: string) =>
    (await app().inject({ url: `${API}/${key}/enrollments/`, headers: as('author') }))
      .json()
      .map((row: { user: string }) => row.user)
      .sort();
  const pending = async (key: string) =>
    (await app().inject({ url: `/api/v1/paths/${key}/pending-enrollments`, headers: as('author') }))
      .json()
      .items.map((row: { email: string }) => row.email);

  beforeAll(() => seed(testApp));

  it('enrolls accounts and keeps addresses without one pending, with spaces around the commas', async () => {
    const response = await bulk('POST', 'author', {
      learning_paths: ` ${PUBLIC}, ${INVITE} ,`,
      emails: 'ada@example.org, BEA@example.org ,new@example.org, new@example.org',
      reason: 'spring cohort',
      org: 'DemoU',
      role: 'learner',
    });
    expect([response.statusCode, response.json()]).toEqual([
      201,
      { enrollments_created: 4, enrollment_allowed_created: 2 },
    ]);
    for (const key of [PUBLIC, INVITE]) {
      expect(await learners(key)).toEqual(['ada', 'bea']);
      expect(await pending(key)).toEqual(['new@example.org']);
    }
    const audit = await app().inject({
      url: `/api/v1/paths/${INVITE}/audit?learner=ada`,
      headers: as('author'),
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'enrolled',
      actor: 'author',
      reason: 'spring cohort',
    });
  });

  it('counts only what changed when asked again', async () => {
    const response = await bulk('POST', 'author', {
      learning_paths: `${PUBLIC},${INVITE}`,
      emails: 'ada@example.org,bea@example.org,new@example.org',
    });
    expect([response.statusCode, response.json()]).toEqual([
      201,
      { enrollments_created: 0, enrollment_allowed_created: 0 },
    ]);
  });

  it('refuses bad requests whole: entries that are no email, paths the caller does not manage', async () => {
    const invalid = await bulk('POST', 'author', {
      learning_paths: PUBLIC,
      emails: 'fresh@example.org, not-an-email, @x',
    });
    expect([invalid.statusCode, invalid.json().detail]).toEqual([
      400,
      'not email addresses: "not-an-email", "@x"',
    ]);
    // The instructor of INVITE is no staff of PUBLIC: nothing is written on INVITE either.
    const foreign = await bulk('POST', 'teacher', {
      learning_paths: `${INVITE},${PUBLIC}`,
      emails: 'fresh@example.org',
    });
    expect(foreign.statusCode).toBe(404);
    expect(await pending(INVITE)).toEqual(['new@example.org']);
    expect(
      (await bulk('POST', 'ada', { learning_paths: PUBLIC, emails: 'bea@example.org' })).statusCode,
    ).toBe(404);
    for (const payload of [
      { learning_paths: PUBLIC },
      { learning_paths: ' , ', emails: 'fresh@example.org' },
      { learning_paths: PUBLIC, emails: '' },
      { learning_paths: PUBLIC, emails: 'fresh@example.org', group_ids: '1' },
    ]) {
      const response = await bulk('POST', 'author', payload);
      expect([JSON.stringify(payload), response.statusCode]).toEqual([JSON.stringify(payload), 400]);
    }
    expect(await pending(PUBLIC)).toEqual(['new@example.org']);
  });

  it('unenrolls by email and cancels pending enrollments (204, counts in headers)', async () => {
    const response = await bulk('DELETE', 'author', {
      learning_paths: `${PUBLIC} , ${INVITE}`,
      emails: 'ada@example.org, new@example.org, nobody@example.org',
      reason: 'left the cohort',
    });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect([
      response.headers['x-enrollments-unenrolled'],
      response.headers['x-enrollment-allowed-deactivated'],
    ]).toEqual(['2', '2']);
    for (const key of [PUBLIC, INVITE]) {
      expect(await learners(key)).toEqual(['bea']);
      expect(await pending(key)).toEqual([]);
    }
    const audit = await app().inject({
      url: `/api/v1/paths/${PUBLIC}/audit?learner=ada`,
      headers: as('author'),
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'unenrolled',
      actor: 'author',
      reason: 'left the cohort',
    });
    const again = await bulk('DELETE', 'author', { learning_paths: PUBLIC, emails: 'ada@example.org' });
    expect([again.statusCode, again.headers['x-enrollments-unenrolled']]).toEqual([204, '0']);
    expect(
      (await bulk('DELETE', 'teacher', { learning_paths: PUBLIC, emails: 'bea@example.org' })).statusCode,
    ).toBe(404);
    expect(await learners(PUBLIC)).toEqual(['bea']);
  });

  it('counts an enrollment made active again as created', async () => {
    const response = await bulk('POST', 'author', { learning_paths: PUBLIC, emails: 'ada@example.org' });
    expect(response.json()).toEqual({ enrollments_created: 1, enrollment_allowed_created: 0 });
    expect(await learners(PUBLIC)).toEqual(['ada', 'bea']);
  });
});
