// OpenCraft's learner app (frontend-app-learning-paths, src/learningpath/data/api.js), call by call,
// with its URLs as it builds them: each answer has the fields and types of learning-paths-plugin's
// serializers (and learning-credentials' `configured/`), errors carry the `detail` DRF puts in its
// bodies, and a step's course is started through the Open edX adapter, invite-only course included.
// How the app signs in (the JWT cookie pair, CSRF) is tested beside the cookie sign-in itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenedx, pairKey } from '../../../../test/fake-openedx.ts';
import { useTestApp } from '../../../../test/test-app.ts';
import { OpenedxLms } from '../../../lms/openedx/openedx-lms.ts';

const START = new Date('2026-03-01T10:00:00.000Z');
const API = '/api/learning_paths/v1';
const PUBLIC = 'path-v1:DemoU+WEB+2026+pub';
const INVITE = 'path-v1:DemoU+DATA+2026+inv';
/** Invite-only in the LMS: only the adapter (global staff) can enroll learners in it. */
const INTRO = 'course-v1:DemoU+INTRO+2026';
const NEXT = 'course-v1:DemoU+NEXT+2026';

/** LearningPathListSerializer's fields, and LearningPathDetailSerializer's. */
const LIST_FIELDS = [
  'key',
  'display_name',
  'image',
  'sequential',
  'steps',
  'required_completion',
  'enrollment_date',
  'invite_only',
];
const DETAIL_FIELDS = [
  ...LIST_FIELDS,
  'subtitle',
  'description',
  'level',
  'duration',
  'time_commitment',
  'required_skills',
  'acquired_skills',
];

let fake: FakeOpenedx;
beforeAll(async () => {
  fake = await FakeOpenedx.start();
  fake.courses = [
    { id: INTRO, name: 'Intro', invitationOnly: true },
    { id: NEXT, name: 'Next' },
  ];
  fake.users = [{ id: 81, username: 'bea', email: 'bea@example.org' }];
});
afterAll(() => fake.close());

describe("Open edX compatibility: OpenCraft's learner app, call by call", () => {
  const testApp = useTestApp({
    now: START,
    users: { author: [{ role: 'author', scope: 'org:DemoU' }], bea: [], cy: [] },
    lms: (data) => new OpenedxLms(fake.settings(), data, { backoffMs: 1 }),
  });
  const { app, as } = testApp;
  const call = (method: 'GET' | 'POST', url: string) => app().inject({ method, url, headers: as('bea') });

  beforeAll(async () => {
    const send = async (url: string, payload?: object) => {
      const response = await app().inject({
        method: 'POST',
        url,
        headers: as('author'),
        ...(payload ? { payload } : {}),
      });
      expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
    };
    await send('/api/v1/courses', {
      courses: [
        { key: INTRO, title: 'Intro', inviteOnly: true, startsAt: '2026-01-10T00:00:00Z' },
        { key: NEXT, title: 'Next' },
      ],
    });
    const publicPath = {
      key: PUBLIC,
      title: 'Web basics',
      subtitle: 'From tags to layouts',
      description: 'Build **real** pages.',
      level: 'beginner',
      duration: '6 weeks',
      timeCommitment: '4 hours a week',
      visibility: 'public',
      skills: { required: [{ skill: 'typing' }], acquired: [{ skill: 'html', level: 2 }] },
      requirements: {
        id: 'root',
        rule: 'sequence',
        children: [
          { id: 'intro', course: INTRO },
          { id: 'next', course: NEXT, weight: 2 },
        ],
      },
      tiers: [
        { id: 'starter', title: 'Starter certificate', requires: ['intro'] },
        { id: 'full', title: 'Full certificate', requires: ['root'] },
      ],
    };
    const invitePath = { key: INVITE, title: 'Data', requirements: { id: 'next', course: NEXT } };
    for (const definition of [publicPath, invitePath]) {
      await send('/api/v1/paths', definition);
      await send(`/api/v1/paths/${definition.key}/publish`);
    }
  });

  it('fetchLearningPaths: the first page, whose `results` hold the list items', async () => {
    const response = await call('GET', `${API}/learning-paths/`);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ results: Record<string, unknown>[] }>();
    expect(body).toMatchObject({ count: 1, next: null, previous: null });
    const item = body.results[0]!;
    expect(Object.keys(item).sort()).toEqual([...LIST_FIELDS].sort());
    expect(item).toEqual({
      key: PUBLIC,
      display_name: 'Web basics',
      image: null,
      sequential: true,
      steps: [
        { order: 0, course_key: INTRO, course_dates: ['2026-01-10T00:00:00Z', null], weight: 1 },
        { order: 1, course_key: NEXT, course_dates: [null, null], weight: 2 },
      ],
      required_completion: 0.8,
      enrollment_date: null,
      invite_only: false,
    });
  });

  it('fetchLearningPathDetail: the list fields and the descriptive ones, the description as HTML', async () => {
    const response = await call('GET', `${API}/learning-paths/${PUBLIC}/`);
    expect(response.statusCode).toBe(200);
    const detail = response.json<Record<string, unknown>>();
    expect(Object.keys(detail).sort()).toEqual([...DETAIL_FIELDS].sort());
    expect(detail).toMatchObject({
      subtitle: 'From tags to layouts',
      description: '<p>Build <strong>real</strong> pages.</p>\n',
      level: 'beginner',
      duration: '6 weeks',
      time_commitment: '4 hours a week',
      required_skills: [{ skill: { id: 'typing', display_name: 'typing' }, level: null }],
      acquired_skills: [{ skill: { id: 'html', display_name: 'html' }, level: 2 }],
    });
    const hidden = await call('GET', `${API}/learning-paths/${INVITE}/`);
    expect([hidden.statusCode, typeof hidden.json().detail]).toEqual([404, 'string']);
  });

  it('enrollInLearningPath: 201 on a public path, then the detail has an enrollment_date', async () => {
    // The app posts no body at all.
    const joined = await call('POST', `${API}/${PUBLIC}/enrollments/`);
    expect([joined.statusCode, joined.json()]).toEqual([
      201,
      { user: 'bea', learning_path: PUBLIC, is_active: true, created: START.toISOString() },
    ]);
    const detail = (await call('GET', `${API}/learning-paths/${PUBLIC}/`)).json();
    expect(detail.enrollment_date).toBe(START.toISOString());
    const again = await call('POST', `${API}/${PUBLIC}/enrollments/`);
    expect([again.statusCode, typeof again.json().detail]).toEqual([409, 'string']);
  });

  it('enrollInLearningPath on an invite-only path: 404, as the plugin (the learner may not see it)', async () => {
    const refused = await call('POST', `${API}/${INVITE}/enrollments/`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().detail).toBe(`no path has the key ${INVITE}`);
  });

  it('enrollInLearningPath on an invite-only path the learner is on: 409, as the plugin', async () => {
    const byStaff = await app().inject({
      method: 'POST',
      url: `/api/v1/paths/${INVITE}/enrollments`,
      headers: as('author'),
      payload: { learners: ['cy'] },
    });
    expect(byStaff.json().results[0].result, byStaff.body).toBe('enrolled');
    const again = await app().inject({
      method: 'POST',
      url: `${API}/${INVITE}/enrollments/`,
      headers: as('cy'),
    });
    expect([again.statusCode, again.json().detail]).toEqual([409, `cy is already enrolled on ${INVITE}`]);
  });

  it("enrollInCourse: the LMS enrolls the learner in a step's invite-only course (201)", async () => {
    // The app puts the course key into the URL as it is, `+` and all.
    const started = await call('POST', `${API}/${PUBLIC}/enrollments/${INTRO}/`);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toMatchObject({ detail: 'User successfully enrolled in the course.' });
    expect(fake.enrollments.get(pairKey('bea', INTRO))).toMatchObject({ isActive: true });
    const page = await call('GET', `/api/v1/me/paths/${PUBLIC}`);
    expect(page.json().courses[INTRO].enrolled).toBe(true);
    // NEXT waits for INTRO in the sequence; the app shows nothing of the reason, only the status.
    const locked = await call('POST', `${API}/${PUBLIC}/enrollments/${NEXT}/`);
    expect([locked.statusCode, typeof locked.json().detail]).toEqual([403, 'string']);
    expect(fake.enrollments.has(pairKey('bea', NEXT))).toBe(false);
  });

  it('enrollInCourse while the LMS is down: 202, queued, which the app counts as success', async () => {
    const joined = await app().inject({
      method: 'POST',
      url: `${API}/${PUBLIC}/enrollments/`,
      headers: as('cy'),
    });
    expect(joined.statusCode, joined.body).toBe(201);
    await fake.down();
    try {
      const started = await app().inject({
        method: 'POST',
        url: `${API}/${PUBLIC}/enrollments/${INTRO}/`,
        headers: as('cy'),
      });
      expect([started.statusCode, started.json()]).toEqual([
        202,
        {
          detail: 'The enrollment is queued for the LMS and is made as soon as it answers.',
          course_key: INTRO,
          launch_url: expect.any(String),
        },
      ]);
    } finally {
      await fake.up();
    }
  });

  it("the progress and grade calls answer the plugin serializers' fields, as numbers", async () => {
    const progress = (await call('GET', `${API}/${PUBLIC}/progress/`)).json();
    expect(progress).toEqual({
      learning_path_key: PUBLIC,
      progress: expect.any(Number),
      required_completion: 0.8,
    });
    const grade = (await call('GET', `${API}/${PUBLIC}/grade/`)).json();
    expect(grade).toEqual({ learning_path_key: PUBLIC, grade: 0, required_grade: 0.75 });
  });

  it("fetchCredentialConfiguration for a path: its tiers, with the app's encoded key", async () => {
    const configured = await call(
      'GET',
      `/api/learning_credentials/v1/configured/${encodeURIComponent(PUBLIC)}/`,
    );
    expect([configured.statusCode, configured.headers['cache-control']]).toEqual([200, 'no-store']);
    expect(configured.json()).toEqual({ has_credentials: true, credential_count: 2 });
    const author = await app().inject({
      url: `/api/learning_credentials/v1/configured/${INVITE}/`,
      headers: as('author'),
    });
    expect(author.json()).toEqual({ has_credentials: false, credential_count: 0 });
  });

  it('fetchCredentialConfiguration refuses as learning-credentials does: hidden paths, courses, no key', async () => {
    const base = '/api/learning_credentials/v1/configured';
    const hidden = await call('GET', `${base}/${INVITE}/`);
    expect([hidden.statusCode, hidden.json().detail]).toEqual([404, `no path has the key ${INVITE}`]);
    const course = await call('GET', `${base}/${encodeURIComponent(INTRO)}/`);
    expect(course.statusCode).toBe(404);
    expect(course.json().detail).toMatch(/the LMS answers/);
    const junk = await call('GET', `${base}/nonsense/`);
    expect([junk.statusCode, junk.json().detail]).toEqual([400, 'Invalid learning context key.']);
    expect((await app().inject({ url: `${base}/${PUBLIC}/` })).statusCode).toBe(401);
  });
});
