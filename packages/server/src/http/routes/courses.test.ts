import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');

describe('course routes', () => {
  const { app: server, as } = useTestApp({
    now: NOW,
    users: { author: [{ role: 'author', scope: 'org:DemoU' }], learner: [] },
  });

  it('imports thousands of courses in one request and reads them back', async () => {
    const courses = Array.from({ length: 2_500 }, (_, n) => ({
      key: `course-v1:DemoU+C${n}+2026`,
      title: `Course ${n}`,
      inviteOnly: n % 2 === 0,
    }));
    const response = await server().inject({
      method: 'POST',
      url: '/api/v1/courses',
      headers: as('author'),
      payload: { courses },
    });
    expect([response.statusCode, response.json()]).toEqual([200, { saved: 2_500 }]);
    const one = await server().inject({
      method: 'GET',
      url: '/api/v1/courses/course-v1:DemoU+C2+2026',
      headers: as('learner'),
    });
    expect(one.json()).toMatchObject({
      key: 'course-v1:DemoU+C2+2026',
      org: 'DemoU',
      inviteOnly: true,
      createdAt: NOW.toISOString(),
    });
    const page = await server().inject({
      method: 'GET',
      url: '/api/v1/courses?org=DemoU&limit=10&offset=2490',
      headers: as('learner'),
    });
    expect(page.json()).toMatchObject({ total: 2_500, limit: 10, offset: 2_490 });
  });

  it('refuses the whole request when any row is wrong, saying where, and saves nothing', async () => {
    const response = await server().inject({
      method: 'POST',
      url: '/api/v1/courses',
      headers: as('author'),
      payload: {
        courses: [
          { key: 'course-v1:DemoU+NEW1+2026', title: 'Fine' },
          { key: 'course-v1:OtherU+X+2026', title: 'Not theirs' },
          { key: 'DemoU/old/key', title: 'Old style' },
          {
            key: 'course-v1:DemoU+NEW2+2026',
            title: 'Dates',
            startsAt: '2026-05-01T00:00:00Z',
            endsAt: '2026-04-01T00:00:00Z',
            lmsUrl: 'javascript:alert(1)',
          },
          { key: 'course-v1:DemoU+NEW1+2026', title: 'Twice' },
        ],
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<{ errors: { pointer: string }[] }>().errors.map((error) => error.pointer)).toEqual([
      '/courses/2/key',
      '/courses/3/endsAt',
      '/courses/3/lmsUrl',
      '/courses/4/key',
    ]);
    expect(
      (
        await server().inject({
          method: 'GET',
          url: '/api/v1/courses/course-v1:DemoU+NEW1+2026',
          headers: as('author'),
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses with 403, naming the rows, courses of organisations the caller may not change', async () => {
    const response = await server().inject({
      method: 'POST',
      url: '/api/v1/courses',
      headers: as('author'),
      payload: {
        courses: [
          { key: 'course-v1:DemoU+NEW1+2026', title: 'Fine' },
          { key: 'course-v1:OtherU+X+2026', title: 'Not theirs' },
        ],
      },
    });
    expect([response.statusCode, response.json<{ errors: unknown[] }>().errors]).toEqual([
      403,
      [{ pointer: '/courses/1/key', message: 'only authors of OtherU may change its courses' }],
    ]);
    const fine = await server().inject({
      method: 'GET',
      url: '/api/v1/courses/course-v1:DemoU+NEW1+2026',
      headers: as('author'),
    });
    expect(fine.statusCode).toBe(404);
  });

  it('refuses unknown fields and learners, and answers 404 for an unknown course', async () => {
    const unknownField = await server().inject({
      method: 'POST',
      url: '/api/v1/courses',
      headers: as('author'),
      payload: { courses: [{ key: 'course-v1:DemoU+A+1', title: 'A', colour: 'red' }] },
    });
    expect(unknownField.statusCode).toBe(400);
    const learner = await server().inject({
      method: 'POST',
      url: '/api/v1/courses',
      headers: as('learner'),
      payload: { courses: [{ key: 'course-v1:DemoU+A+1', title: 'A' }] },
    });
    expect([
      learner.statusCode,
      learner.json<{ errors: { message: string }[] }>().errors[0]!.message,
    ]).toEqual([403, 'only authors of DemoU may change its courses']);
    expect(
      (
        await server().inject({
          method: 'GET',
          url: '/api/v1/courses/course-v1:No+Such+1',
          headers: as('learner'),
        })
      ).statusCode,
    ).toBe(404);
  });
  it('points at the body fields of PUT /courses/{key}, and at the address for its key', async () => {
    const put = (key: string, payload: object, user = 'author') =>
      server().inject({
        method: 'PUT',
        url: `/api/v1/courses/${encodeURIComponent(key)}`,
        headers: as(user),
        payload,
      });
    const badDates = await put('course-v1:DemoU+PUT1+2026', {
      title: 'Put',
      startsAt: '2026-05-01T00:00:00Z',
      endsAt: '2026-04-01T00:00:00Z',
      lmsUrl: 'ftp://lms.example.org/x',
    });
    expect(badDates.statusCode).toBe(422);
    expect(badDates.json().errors).toEqual([
      { pointer: '/endsAt', message: 'endsAt is before startsAt' },
      { pointer: '/lmsUrl', message: 'lmsUrl must be an http or https address' },
    ]);
    const badKey = await put('DemoU-PUT1', { title: 'Put' });
    expect(badKey.statusCode).toBe(422);
    expect(badKey.json().errors).toEqual([
      {
        pointer: '',
        message: expect.stringContaining('DemoU-PUT1') as string,
        translatable: {
          id: 'lp.problem.key.prefix',
          values: {
            kind: 'course',
            text: 'DemoU-PUT1',
            prefix: 'course-v1',
            shape: 'course-v1:org+number+run',
          },
        },
      },
    ]);
    const elsewhere = await put('course-v1:OtherU+PUT1+2026', { title: 'Put' });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().errors).toEqual([
      { pointer: '', message: 'only authors of OtherU may change its courses' },
    ]);
  });
});
