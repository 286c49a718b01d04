import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const COURSE = 'course-v1:DemoU+DS100+2026';

describe('POST /api/v1/facts', () => {
  const { app, as } = useTestApp({ now: NOW, users: { lms: [{ role: 'service', scope: '*' }], ada: [] } });
  const post = (facts: object[]) =>
    app().inject({ method: 'POST', url: '/api/v1/facts', payload: { facts }, headers: as('lms') });

  it('refuses a fact from the future with 422 at its pointer, and records nothing of the request', async () => {
    const response = await post([
      { user: 'ada', course: COURSE, completion: 0.5 },
      { user: 'ada', course: COURSE, passed: true, time: '2999-01-01T00:00:00Z' },
    ]);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({
      errors: [
        { pointer: '/facts/1/time', message: expect.stringContaining('2999-01-01T00:00:00Z') as string },
      ],
    });
    // An older completion still applies: the refused request's first fact, timed now, was not kept.
    const older = { user: 'ada', course: COURSE, completion: 0.1, time: '2026-03-01T09:00:00Z' };
    expect((await post([older])).json()).toEqual({
      applied: 1,
      ignored: 0,
      rejected: [],
    });
  });
});
