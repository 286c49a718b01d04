// Where a path's learners stand: each row's current step and last activity, the list filtered by
// step and position, the count of learners at each step, and a learner's path page for staff.
import { beforeAll, describe, expect, it } from 'vitest';
import { DS_KEY, DS_PATH } from '../../../test/service-fixture.ts';
import { useTestApp } from '../../../test/test-app.ts';
import { UserRepository } from '../../store/repositories/user-repository.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const course = (code: string) => `course-v1:DemoU+${code}+2026`;

describe('where learners stand', () => {
  const { app, as, store } = useTestApp({
    now: NOW,
    users: {
      author: [{ role: 'author', scope: 'org:DemoU' }],
      teacher: [{ role: 'instructor', scope: `path:${DS_KEY}` }],
      outsider: [{ role: 'instructor', scope: 'org:OtherU' }],
      lms: [{ role: 'service', scope: '*' }],
    },
  });
  const fact = (user: string, code: string, time: string) => ({
    user,
    course: course(code),
    completion: 1,
    passed: true,
    time,
  });
  beforeAll(async () => {
    const users = new UserRepository(store().db, store().dialect);
    for (const name of ['ada', 'bea', 'chen'])
      await users.create({ username: name, email: `${name}@example.org` }, NOW.toISOString());
    await app().inject({
      method: 'POST',
      url: '/api/v1/courses',
      headers: as('author'),
      payload: {
        courses: [
          { key: course('DS100'), title: 'Intro' },
          { key: course('DS110'), title: 'Stats', startsAt: '2026-04-01T00:00:00Z' },
          { key: course('DS210'), title: 'Viz', endsAt: '2026-02-01T00:00:00Z' },
          { key: course('DS220'), title: 'NLP', endsAt: '2026-02-01T00:00:00Z' },
          { key: course('DS230'), title: 'CV' },
        ],
      },
    });
    await app().inject({ method: 'POST', url: '/api/v1/paths', headers: as('author'), payload: DS_PATH });
    await app().inject({ method: 'POST', url: `/api/v1/paths/${DS_KEY}/publish`, headers: as('author') });
    await app().inject({
      method: 'POST',
      url: `/api/v1/paths/${DS_KEY}/enrollments`,
      headers: as('teacher'),
      payload: { learners: ['ada', 'bea', 'chen'] },
    });
    const facts = [
      fact('bea', 'DS100', '2026-01-10T09:00:00.000Z'),
      fact('bea', 'DS210', '2026-01-20T09:00:00.000Z'),
      fact('bea', 'DS220', '2026-01-25T09:00:00.000Z'),
      fact('chen', 'DS100', '2026-01-11T09:00:00.000Z'),
      fact('chen', 'DS210', '2026-01-12T09:00:00.000Z'),
    ];
    const answer = await app().inject({
      method: 'POST',
      url: '/api/v1/facts',
      headers: as('lms'),
      payload: { facts },
    });
    expect(answer.statusCode).toBe(200);
  });

  it("says each learner's current step, or what keeps them from it, and their newest fact's time", async () => {
    const response = await app().inject({
      url: `/api/v1/paths/${DS_KEY}/enrollments`,
      headers: as('teacher'),
    });
    expect(response.statusCode).toBe(200);
    const rows = response.json<{
      items: { username: string; currentStep: unknown; lastActivity: unknown }[];
    }>().items;
    const none = { waitingOn: null, date: null };
    expect(
      rows.map(({ username, currentStep, lastActivity }) => ({ username, currentStep, lastActivity })),
    ).toEqual([
      {
        // Neither ended elective was taken: two of three can no longer be passed.
        username: 'ada',
        currentStep: {
          kind: 'ended',
          stepId: 'viz',
          stepTitle: 'Data Visualization',
          waitingOn: null,
          date: '2026-02-01T00:00:00Z',
        },
        lastActivity: null,
      },
      {
        username: 'bea',
        currentStep: {
          kind: 'waiting',
          stepId: 'stats',
          stepTitle: 'Statistics',
          waitingOn: 'courseStart',
          date: '2026-04-01T00:00:00Z',
        },
        lastActivity: '2026-01-25T09:00:00.000Z',
      },
      {
        username: 'chen',
        currentStep: { kind: 'working', stepId: 'cv', stepTitle: 'Computer Vision', ...none },
        lastActivity: '2026-01-12T09:00:00.000Z',
      },
    ]);
  });

  it('counts the learners at each step and lists those of one step and position', async () => {
    const summary = await app().inject({
      url: `/api/v1/paths/${DS_KEY}/step-summary`,
      headers: as('teacher'),
    });
    expect(summary.statusCode).toBe(200);
    expect(summary.json().items).toEqual([
      { position: 'waiting', stepId: 'stats', stepTitle: 'Statistics', count: 1 },
      { position: 'ended', stepId: 'viz', stepTitle: 'Data Visualization', count: 1 },
      { position: 'working', stepId: 'cv', stepTitle: 'Computer Vision', count: 1 },
    ]);
    const waiting = await app().inject({
      url: `/api/v1/paths/${DS_KEY}/enrollments?step=stats&position=waiting`,
      headers: as('teacher'),
    });
    expect(waiting.json().items.map((row: { username: string }) => row.username)).toEqual(['bea']);
    expect(waiting.json().total).toBe(1);
    const working = await app().inject({
      url: `/api/v1/paths/${DS_KEY}/enrollments?position=working`,
      headers: as('teacher'),
    });
    expect(working.json().items.map((row: { username: string }) => row.username)).toEqual(['chen']);
    const nobody = await app().inject({
      url: `/api/v1/paths/${DS_KEY}/enrollments?step=capstone`,
      headers: as('teacher'),
    });
    expect(nobody.json()).toMatchObject({ items: [], total: 0 });
    const wrong = await app().inject({
      url: `/api/v1/paths/${DS_KEY}/enrollments?position=lost`,
      headers: as('teacher'),
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('position');
  });

  it("answers a learner's path page to the path's staff only, never stored", async () => {
    const page = await app().inject({
      url: `/api/v1/learners/chen/paths/${DS_KEY}/page`,
      headers: as('teacher'),
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const body = page.json();
    expect(body.evaluation.nodes.intro.status).toBe('completed');
    expect(body.courses[course('DS210')]).toMatchObject({ completion: 1, dateState: 'ended' });
    expect(body.enrollment).toMatchObject({ active: true });
    for (const [who, username] of [
      ['outsider', 'chen'],
      ['lms', 'chen'],
      ['teacher', 'author'],
      ['teacher', 'nobody'],
    ] as const) {
      const refused = await app().inject({
        url: `/api/v1/learners/${username}/paths/${DS_KEY}/page`,
        headers: as(who),
      });
      expect(refused.statusCode, `${who} reading ${username}`).toBe(404);
    }
  });
});
