import { beforeAll, describe, expect, it } from 'vitest';
import { DS_KEY, DS_PATH } from '../../../test/service-fixture.ts';
import { useTestApp } from '../../../test/test-app.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const course = (code: string) => `course-v1:DemoU+${code}+2026`;
const PUBLIC_KEY = 'path-v1:DemoU+WEB+2026+a';

describe('learner routes', () => {
  const { app, as } = useTestApp({
    now: NOW,
    users: {
      author: [{ role: 'author', scope: 'org:DemoU' }],
      lms: [{ role: 'service', scope: '*' }],
      ada: [],
      bea: [],
    },
  });
  const post = (url: string, user: string, payload?: object) =>
    app().inject({ method: 'POST', url, headers: as(user), ...(payload ? { payload } : {}) });
  const get = (url: string, user: string) => app().inject({ url, headers: as(user) });
  beforeAll(async () => {
    const courses = ['DS100', 'DS110', 'DS120', 'DS210', 'DS220', 'DS230', 'DS300', 'WEB100'].map((code) => ({
      key: course(code),
      title: `Course ${code}`,
      startsAt: '2026-01-01T00:00:00Z',
      lmsUrl: `https://lms.example.org/courses/${course(code)}/`,
      inviteOnly: true,
    }));
    await post('/api/v1/courses', 'author', { courses });
    await post('/api/v1/paths', 'author', DS_PATH);
    await post('/api/v1/paths', 'author', {
      key: PUBLIC_KEY,
      title: 'Web basics',
      visibility: 'public',
      requirements: { id: 'root', rule: 'sequence', children: [{ id: 'web', course: course('WEB100') }] },
    });
    for (const key of [DS_KEY, PUBLIC_KEY]) await post(`/api/v1/paths/${key}/publish`, 'author');
    await post(`/api/v1/paths/${DS_KEY}/enrollments`, 'author', { learners: ['ada'] });
  });

  it('refuses facts with wrong types, unknown fields or bad keys, pointing at each', async () => {
    const response = await post('/api/v1/facts', 'lms', {
      facts: [
        { user: 'ada', course: course('DS100'), completion: '1' },
        { user: 'ada', course: 'DS100', grade: 0.5 },
        { user: 'ada', course: course('DS100'), completion: 1.5, extra: true },
        { user: 'ada', course: course('DS100') },
      ],
    });
    expect(response.statusCode).toBe(400);
    const pointers = (response.json().errors as { pointer: string }[]).map((error) => error.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/facts/0/completion',
        '/facts/1/course',
        '/facts/2/completion',
        '/facts/2/extra',
        '/facts/3',
      ]),
    );
    expect((await get(`/api/v1/learners/ada/paths/${DS_KEY}`, 'ada')).json().progress).toBe(0);
  });

  it('shows the live evaluation after facts arrive, and My Learning with paths and courses', async () => {
    const applied = await post('/api/v1/facts', 'lms', {
      facts: [
        { user: 'ada', course: course('DS100'), completion: 1, passed: true, time: '2026-02-01T00:00:00Z' },
        {
          user: 'ada',
          course: course('DS110'),
          completion: 0.5,
          enrolled: true,
          time: '2026-02-01T00:00:00Z',
        },
      ],
    });
    expect(applied.json()).toEqual({ applied: 2, ignored: 0, rejected: [] });
    const evaluation = (await get(`/api/v1/learners/ada/paths/${DS_KEY}`, 'ada')).json();
    expect(evaluation.nodes.intro).toMatchObject({ status: 'completed', satisfied: true });
    expect(evaluation.nodes.capstone.status).toBe('locked');

    const learning = (await get('/api/v1/me/learning', 'ada')).json();
    expect(learning.total).toBe(2);
    expect(learning.items.map((item: { type: string; key: string }) => [item.type, item.key])).toEqual([
      ['path', DS_KEY],
      ['course', course('DS110')],
    ]);
    expect(learning.items[0]).toMatchObject({
      title: 'Data Science Foundations',
      status: 'in_progress',
      org: 'DemoU',
    });
    expect(learning.items[0]).toMatchObject({
      subtitle: 'From Python to your first model',
      currentTier: null,
      currentTierTitle: null,
    });
    expect(learning.orgs).toEqual(['DemoU']);
    expect(learning.items[0].progress).toBeCloseTo(evaluation.progress as number, 12);
    expect(learning.items[1]).toMatchObject({
      status: 'in_progress',
      progress: 0.5,
      paths: [{ key: DS_KEY, title: 'Data Science Foundations' }],
    });
    const filtered = (await get('/api/v1/me/learning?type=course&search=ds1', 'ada')).json();
    expect(filtered.total).toBe(1);
    const none = (await get('/api/v1/me/learning?status=completed', 'ada')).json();
    expect([none.total, none.orgs]).toEqual([0, ['DemoU']]);
    expect((await get('/api/v1/me/learning?limit=0', 'ada')).statusCode).toBe(400);
  });

  it('gives the path page with lock reasons and course details', async () => {
    const page = (await get(`/api/v1/me/paths/${DS_KEY}`, 'ada')).json();
    expect(page).toMatchObject({ key: DS_KEY, version: 1, enrollment: { active: true } });
    expect(page.lockReasons.capstone).toBe('Unlocks after Core and Electives; opens on 1 May 2026');
    expect(page.courses[course('DS110')]).toMatchObject({
      title: 'Course DS110',
      dateState: 'open',
      enrolled: true,
      completion: 0.5,
    });
    expect(page.titles.foundation).toBe('Foundation Certificate');
    expect(page.summaries).toEqual({
      root: 'all 4 required',
      intro: 'completion ≥ 80%',
      core: 'all 2 in order',
      stats: 'passed',
      ml: 'grade ≥ 70%',
      electives: 'choose 2 of 3',
      viz: 'passed',
      nlp: 'passed',
      cv: 'passed',
      capstone: 'passed',
    });
    expect(page.summaryMessages.electives).toEqual({
      id: 'lp.rule.atLeast.summary.count',
      values: { count: 2, total: 3 },
    });
    const capstoneLock = {
      id: 'lp.lock.after.opens',
      values: { titles: ['Core', 'Electives'], date: '2026-05-01T00:00:00Z' },
    };
    expect(page.lockReasonMessages).toEqual({
      ml: { id: 'lp.lock.after', values: { titles: ['Statistics'] } },
      capstone: capstoneLock,
    });
    const foundation = [
      {
        node: 'stats',
        text: 'Pass Statistics',
        message: { id: 'lp.criterion.passed.explain', values: { title: 'Statistics' } },
        locked: false,
      },
      {
        node: 'ml',
        text: 'Unlocks after Statistics',
        message: { id: 'lp.lock.after', values: { titles: ['Statistics'] } },
        locked: true,
      },
    ];
    const electives = ['Data Visualization', 'Natural Language Processing', 'Computer Vision'];
    expect(page.tierNeeds).toEqual({
      foundation,
      advanced: [
        ...foundation,
        {
          node: 'electives',
          text: `Complete 2 more of: ${electives.join(', ')}`,
          message: { id: 'lp.rule.atLeast.explain.count', values: { more: 2, children: electives } },
          locked: false,
        },
        {
          node: 'capstone',
          text: 'Unlocks after Core and Electives; opens on 1 May 2026',
          message: capstoneLock,
          locked: true,
        },
      ],
    });
  });

  it('starts an unlocked step through the LMS, even invite-only, and refuses a locked one with its reason', async () => {
    const started = await post(`/api/v1/me/paths/${DS_KEY}/steps/viz/start`, 'ada');
    expect(started.json()).toEqual({
      course: course('DS210'),
      step: 'viz',
      created: true,
      lms: 'done',
      launchUrl: `https://lms.example.org/courses/${course('DS210')}/`,
    });
    const byCourse = await post(`/api/v1/me/paths/${DS_KEY}/steps/${course('DS210')}/start`, 'ada');
    expect(byCourse.json().created).toBe(false);
    const locked = await post(`/api/v1/me/paths/${DS_KEY}/steps/capstone/start`, 'ada');
    expect([locked.statusCode, locked.json().detail]).toEqual([
      403,
      'Capstone Project is locked: Unlocks after Core and Electives; opens on 1 May 2026',
    ]);
    expect((await post(`/api/v1/me/paths/${DS_KEY}/steps/nope/start`, 'ada')).statusCode).toBe(404);
    // Bea is not on the (invite-only) path: for her it does not exist.
    expect((await post(`/api/v1/me/paths/${DS_KEY}/steps/viz/start`, 'bea')).statusCode).toBe(404);
    expect((await get(`/api/v1/me/paths/${DS_KEY}`, 'bea')).statusCode).toBe(404);
    expect((await get(`/api/v1/learners/ada/paths/${DS_KEY}`, 'bea')).statusCode).toBe(404);
    // A malformed key is a path that does not exist, not a server error.
    expect((await get('/api/v1/learners/ada/paths/garbage', 'ada')).statusCode).toBe(404);
    expect((await get('/api/v1/me/paths/garbage', 'ada')).statusCode).toBe(404);
  });

  it('lets a learner join and leave a public path, but not leave an assigned one', async () => {
    const join = () => post(`/api/v1/me/paths/${PUBLIC_KEY}/enrollment`, 'bea');
    expect((await join()).statusCode).toBe(201);
    expect((await join()).statusCode).toBe(409);
    expect(
      (
        await app().inject({
          method: 'DELETE',
          url: `/api/v1/me/paths/${PUBLIC_KEY}/enrollment`,
          headers: as('bea'),
        })
      ).statusCode,
    ).toBe(204);
    expect((await join()).statusCode).toBe(200);
    const leave = await app().inject({
      method: 'DELETE',
      url: `/api/v1/me/paths/${DS_KEY}/enrollment`,
      headers: as('ada'),
    });
    expect(leave.statusCode).toBe(403);
    expect((await post(`/api/v1/me/paths/${DS_KEY}/enrollment`, 'bea')).statusCode).toBe(404);
  });

  it('names the tier reached, and stops listing what a reached tier needed', async () => {
    await post('/api/v1/facts', 'lms', {
      facts: [
        { user: 'ada', course: course('DS110'), passed: true, time: '2026-02-10T00:00:00Z' },
        { user: 'ada', course: course('DS120'), grade: 0.8, time: '2026-02-10T00:00:00Z' },
      ],
    });
    const learning = (await get('/api/v1/me/learning?type=path', 'ada')).json();
    expect(learning.items[0]).toMatchObject({
      currentTier: 'foundation',
      currentTierTitle: 'Foundation Certificate',
    });
    const page = (await get(`/api/v1/me/paths/${DS_KEY}`, 'ada')).json<{
      tierNeeds: Record<string, { node: string }[]>;
    }>();
    expect(Object.keys(page.tierNeeds)).toEqual(['advanced']);
    expect(page.tierNeeds.advanced!.map((need) => need.node)).toEqual(['electives', 'capstone']);
  });
});
