// When the LMS fails, a learner starting a course gets 502 saying what failed for whom, and the
// service records nothing of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenedx } from '../../../test/fake-openedx.ts';
import { useTestApp } from '../../../test/test-app.ts';
import { OpenedxLms } from '../../lms/openedx/openedx-lms.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const KEY = 'path-v1:DemoU+WEB+2026+a';
const COURSE = 'course-v1:DemoU+WEB100+2026';
let fake: FakeOpenedx;

beforeAll(async () => {
  fake = await FakeOpenedx.start();
  fake.courses = [{ id: COURSE, name: 'Web' }];
  fake.users = [{ id: 71, username: 'ada', email: 'ada@example.org' }];
});
afterAll(() => fake.close());

describe('an LMS that fails', () => {
  const { app, as } = useTestApp({
    now: NOW,
    users: { author: [{ role: 'author', scope: 'org:DemoU' }], ada: [] },
    lms: (data) => new OpenedxLms(fake.settings(), data, { backoffMs: 1 }),
  });

  it('answers 502 naming the learner and the course when the LMS keeps failing', async () => {
    await app().inject({
      method: 'POST',
      url: '/api/v1/courses',
      headers: as('author'),
      payload: { courses: [{ key: COURSE, title: 'Web' }] },
    });
    await app().inject({
      method: 'POST',
      url: '/api/v1/paths',
      headers: as('author'),
      payload: {
        key: KEY,
        title: 'Web',
        requirements: { id: 'root', rule: 'all', children: [{ id: 'web', course: COURSE }] },
      },
    });
    await app().inject({ method: 'POST', url: `/api/v1/paths/${KEY}/publish`, headers: as('author') });
    await app().inject({
      method: 'POST',
      url: `/api/v1/paths/${KEY}/enrollments`,
      headers: as('author'),
      payload: { learners: ['ada'] },
    });
    fake.failNext(20, { status: 500 });
    const started = await app().inject({
      method: 'POST',
      url: `/api/v1/me/paths/${KEY}/steps/web/start`,
      headers: as('ada'),
    });
    expect(started.statusCode).toBe(502);
    expect(started.json()).toMatchObject({ title: 'Bad gateway' });
    expect(started.json().detail).toMatch(/ada/);
    expect(started.json().detail).toContain(COURSE);
    const page = await app().inject({ url: `/api/v1/me/paths/${KEY}`, headers: as('ada') });
    expect(page.json().courses[COURSE].enrolled).toBe(false);
  });
});
