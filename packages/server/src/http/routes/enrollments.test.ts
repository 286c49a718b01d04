import { beforeAll, describe, expect, it } from 'vitest';
import { DS_KEY, DS_PATH } from '../../../test/service-fixture.ts';
import { useTestApp } from '../../../test/test-app.ts';
import { UserRepository } from '../../store/repositories/user-repository.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const INTRO = 'course-v1:DemoU+DS100+2026';

describe('enrollment and progress routes', () => {
  const { app, as, store } = useTestApp({
    now: NOW,
    users: {
      author: [{ role: 'author', scope: 'org:DemoU' }],
      teacher: [{ role: 'instructor', scope: `path:${DS_KEY}` }],
      lms: [{ role: 'service', scope: '*' }],
      ada: [],
    },
    bodyLimitBytes: 256 * 1024,
  });
  beforeAll(async () => {
    const users = new UserRepository(store().db, store().dialect);
    for (const name of ['bea', 'chen', '=evil'])
      await users.create({ username: name, email: `${name}@example.org` }, NOW.toISOString());
    await app().inject({ method: 'POST', url: '/api/v1/paths', headers: as('author'), payload: DS_PATH });
    await app().inject({ method: 'POST', url: `/api/v1/paths/${DS_KEY}/publish`, headers: as('author') });
  });
  const enrollCsv = (body: string, query = '') =>
    app().inject({
      method: 'POST',
      url: `/api/v1/paths/${DS_KEY}/enrollments${query}`,
      headers: { ...as('teacher'), 'content-type': 'text/csv' },
      payload: body,
    });

  it('enrolls from a CSV with a header row, one result per row', async () => {
    const response = await enrollCsv(
      'email,name\nbea@example.org,Bea\n"chen",Chen\nnew@example.org\n\nnot-an-email@,x\n',
      '?reason=cohort%201',
    );
    expect(response.statusCode).toBe(200);
    // Each detail in English and as a message for the page to translate (web: server-messages.ts).
    expect(response.json().results).toEqual([
      {
        learner: 'bea@example.org',
        result: 'enrolled',
        detail: 'bea is enrolled',
        message: { id: 'lp.enroll.enrolled', values: { username: 'bea' } },
        line: 2,
      },
      {
        learner: 'chen',
        result: 'enrolled',
        detail: 'chen is enrolled',
        message: { id: 'lp.enroll.enrolled', values: { username: 'chen' } },
        line: 3,
      },
      {
        learner: 'new@example.org',
        result: 'pending',
        detail: 'no account has this email yet; enrolled when one appears',
        message: { id: 'lp.enroll.pending', values: {} },
        line: 4,
      },
      {
        learner: 'not-an-email@',
        result: 'invalid',
        detail: '"not-an-email@" is not a valid email address',
        message: { id: 'lp.enroll.badEmail', values: { text: 'not-an-email@' } },
        line: 6,
      },
    ]);
    const audit = await app().inject({
      url: `/api/v1/paths/${DS_KEY}/audit?learner=bea`,
      headers: as('teacher'),
    });
    expect(audit.json().items[0]).toMatchObject({ action: 'enrolled', actor: 'teacher', reason: 'cohort 1' });
  });

  it('enrolls from JSON and says who was enrolled already', async () => {
    const response = await app().inject({
      method: 'POST',
      url: `/api/v1/paths/${DS_KEY}/enrollments`,
      headers: as('teacher'),
      payload: { learners: ['ada', 'bea', '=evil'] },
    });
    expect(response.json().results.map((row: { result: string }) => row.result)).toEqual([
      'enrolled',
      'already_enrolled',
      'invalid',
    ]);
  });

  it('answers a malformed CSV line as a result of its own and reads the other lines', async () => {
    const response = await enrollCsv('username\n"ada\nBEA\n');
    expect(response.statusCode).toBe(200);
    expect(response.json().results).toEqual([
      {
        learner: '"ada',
        result: 'invalid',
        detail: 'line 2: unmatched quote',
        message: { id: 'lp.enroll.unmatchedQuote', values: { line: 2 } },
        line: 2,
      },
      {
        learner: 'BEA',
        result: 'already_enrolled',
        detail: 'bea is already enrolled',
        message: { id: 'lp.enroll.alreadyEnrolled', values: { username: 'bea' } },
        line: 3,
      },
    ]);
  });

  it('refuses wrong bodies and content types with 400, nothing written', async () => {
    const before = await app().inject({ url: `/api/v1/paths/${DS_KEY}/enrollments`, headers: as('teacher') });
    const wrongType = await app().inject({
      method: 'POST',
      url: `/api/v1/paths/${DS_KEY}/enrollments`,
      headers: as('teacher'),
      payload: { learners: 'ada' },
    });
    expect(wrongType.statusCode).toBe(400);
    const unknownField = await app().inject({
      method: 'POST',
      url: `/api/v1/paths/${DS_KEY}/enrollments`,
      headers: as('teacher'),
      payload: { learners: ['ada'], role: 'admin' },
    });
    expect(unknownField.statusCode).toBe(400);
    const badJson = await app().inject({
      method: 'POST',
      url: `/api/v1/paths/${DS_KEY}/enrollments`,
      headers: { ...as('teacher'), 'content-type': 'application/json' },
      payload: '{"learners": [',
    });
    expect(badJson.statusCode).toBe(400);
    const after = await app().inject({ url: `/api/v1/paths/${DS_KEY}/enrollments`, headers: as('teacher') });
    expect(after.json().total).toBe(before.json().total);
  });

  it('answers 413 for a body over the limit', async () => {
    const response = await enrollCsv('username\n' + 'someone\n'.repeat(40_000));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ status: 413, title: 'Payload too large' });
  });

  it('lists learners with progress, filters them, and exports CSV with formulas neutralised', async () => {
    await app().inject({
      method: 'POST',
      url: '/api/v1/facts',
      headers: as('lms'),
      payload: { facts: [{ user: 'bea', course: INTRO, completion: 1 }] },
    });
    const list = await app().inject({
      url: `/api/v1/paths/${DS_KEY}/enrollments?status=in_progress&sort=progress&order=desc`,
      headers: as('teacher'),
    });
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ username: 'bea', status: 'in_progress', source: 'csv' }],
    });
    const search = await app().inject({
      url: `/api/v1/paths/${DS_KEY}/enrollments?search=CHE`,
      headers: as('teacher'),
    });
    expect(search.json().items.map((row: { username: string }) => row.username)).toEqual(['chen']);

    await app().inject({
      method: 'POST',
      url: `/api/v1/paths/${DS_KEY}/enrollments`,
      headers: as('teacher'),
      payload: { learners: ['=evil@example.org'] },
    });
    const csv = await app().inject({
      url: `/api/v1/paths/${DS_KEY}/enrollments.csv`,
      headers: as('teacher'),
    });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename=".+-learners\.csv"$/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'username,email,name,enrolled_at,source,status,progress,current_tier,achieved_tiers,updated_at',
    );
    expect(lines.find((line) => line.includes('evil'))).toMatch(/^'=evil,'=evil@example\.org,/);
    expect(lines).toHaveLength(5);
  });

  it('summarises progress, unenrolls, and keeps learners out of staff routes', async () => {
    const summary = await app().inject({
      url: `/api/v1/paths/${DS_KEY}/progress-summary`,
      headers: as('teacher'),
    });
    expect(summary.json()).toEqual({
      enrolled: 4,
      byStatus: { not_started: 3, in_progress: 1, completed: 0 },
      byTier: { none: 4, foundation: 0, advanced: 0 },
      cannotComplete: 0,
    });
    for (const url of [
      'enrollments',
      'enrollments.csv',
      'pending-enrollments',
      'audit',
      'progress-summary',
    ]) {
      const response = await app().inject({ url: `/api/v1/paths/${DS_KEY}/${url}`, headers: as('ada') });
      expect([url, response.statusCode]).toEqual([url, 404]);
    }
    const pending = await app().inject({
      url: `/api/v1/paths/${DS_KEY}/pending-enrollments`,
      headers: as('teacher'),
    });
    expect(pending.json()).toMatchObject({
      total: 1,
      items: [{ email: 'new@example.org', createdBy: 'teacher' }],
    });
    const unenroll = await app().inject({
      method: 'DELETE',
      url: `/api/v1/paths/${DS_KEY}/enrollments/chen?reason=left`,
      headers: as('teacher'),
    });
    expect(unenroll.statusCode).toBe(204);
    const again = await app().inject({
      method: 'DELETE',
      url: `/api/v1/paths/${DS_KEY}/enrollments/chen`,
      headers: as('teacher'),
    });
    expect(again.statusCode).toBe(404);
  });
});
