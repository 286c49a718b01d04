// The compatibility surface's paths, progress, grade and programs, in-process against a fresh database.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/test-app.ts';
import {
  API,
  CSS,
  DRAFT,
  HTML,
  HTML_NEXT,
  INVITE,
  OTHER,
  PUBLIC,
  seed,
  START,
  USERS,
} from '../../../../test/openedx-compat-fixture.ts';

const HOUR = 3_600_000;
/** uuid.uuid5(uuid.NAMESPACE_URL, PUBLIC), computed with Python. */
const PUBLIC_UUID = 'b1a36b1c-8fe0-5bef-83d6-e062181a16f3';

describe('Open edX compatibility: paths, progress, grade, programs', () => {
  let now = START;
  const testApp = useTestApp({ now: START, clock: () => now, users: USERS });
  const { app, as } = testApp;
  const get = (url: string, who: string) => app().inject({ url: `${API}/${url}`, headers: as(who) });

  beforeAll(async () => {
    await seed(testApp);
    now = new Date(START.getTime() + HOUR);
    const assigned = await app().inject({
      method: 'POST',
      url: `/api/v1/paths/${INVITE}/enrollments`,
      headers: as('author'),
      payload: { learners: ['ada'] },
    });
    expect(assigned.statusCode).toBe(200);
    now = new Date(START.getTime() + 2 * HOUR);
    const joined = await app().inject({
      method: 'POST',
      url: `${API}/${PUBLIC}/enrollments/`,
      headers: as('ada'),
    });
    expect(joined.statusCode).toBe(201);
    const facts = await app().inject({
      method: 'POST',
      url: '/api/v1/facts',
      headers: as('feed'),
      payload: {
        facts: [
          { user: 'ada', course: HTML, completion: 1, grade: 0.9, passed: true },
          { user: 'ada', course: CSS, completion: 0.4, grade: 0.5 },
        ],
      },
    });
    expect(facts.statusCode).toBe(200);
  });

  const publicItem = (enrollmentDate: string | null) => ({
    key: PUBLIC,
    display_name: 'Web basics',
    image: 'https://cdn.example.org/web.png',
    sequential: true,
    steps: [
      {
        order: 0,
        course_key: HTML,
        course_dates: ['2026-01-10T00:00:00Z', '2026-06-30T00:00:00Z'],
        weight: 1,
      },
      { order: 1, course_key: HTML_NEXT, course_dates: ['2027-01-10T00:00:00Z', null], weight: 2 },
      { order: 2, course_key: CSS, course_dates: [null, null], weight: 3 },
    ],
    required_completion: 0.8,
    enrollment_date: enrollmentDate,
    invite_only: false,
  });

  it('wants credentials', async () => {
    const response = await app().inject({ url: `${API}/learning-paths/` });
    expect([response.statusCode, response.headers['content-type']]).toEqual([
      401,
      'application/problem+json; charset=utf-8',
    ]);
  });

  it("lists a learner's paths newest enrollment first, then the public ones, in the plugin's shape", async () => {
    const response = await get('learning-paths/', 'ada');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ count: 3, next: null, previous: null });
    expect(body.results.map((item: { key: string }) => item.key)).toEqual([PUBLIC, INVITE, OTHER]);
    expect(body.results[0]).toEqual(publicItem(new Date(START.getTime() + 2 * HOUR).toISOString()));
    expect(body.results[1]).toEqual({
      key: INVITE,
      display_name: 'Data',
      image: null,
      sequential: false,
      // Document order through the nested group.
      steps: [
        { order: 0, course_key: 'course-v1:DemoU+SQL+2026', course_dates: [null, null], weight: 1 },
        { order: 1, course_key: CSS, course_dates: [null, null], weight: 1 },
      ],
      required_completion: 0.8,
      enrollment_date: new Date(START.getTime() + HOUR).toISOString(),
      invite_only: true,
    });
    expect(body.results[2]).toMatchObject({
      key: OTHER,
      image: 'http://localhost/api/v1/images/5f1d2c3b4a596877.png',
      enrollment_date: null,
      invite_only: false,
      sequential: false,
    });
  });

  it('shows another learner only the public paths, never the invite-only one or a draft', async () => {
    const body = (await get('learning-paths/', 'bea')).json();
    expect(body.results).toEqual([publicItem(null), expect.objectContaining({ key: OTHER })]);
    for (const key of [INVITE, DRAFT, 'not-a-key', 'path-v1:DemoU+NONE+2026+x']) {
      const detail = await get(`learning-paths/${key}/`, 'bea');
      expect([key, detail.statusCode]).toEqual([key, 404]);
    }
  });

  it("shows staff their organisation's paths, enrolled or not", async () => {
    const body = (await get('learning-paths/', 'author')).json();
    expect(body.results.map((item: { key: string }) => item.key).sort()).toEqual(
      [INVITE, PUBLIC, OTHER].sort(),
    );
    expect((await get(`learning-paths/${INVITE}/`, 'teacher')).statusCode).toBe(200);
  });

  it('pages with absolute next and previous links, and 404 past the last page', async () => {
    const first = (await get('learning-paths/?page_size=2', 'ada')).json();
    expect(first).toMatchObject({
      count: 3,
      next: `http://localhost${API}/learning-paths/?page_size=2&page=2`,
      previous: null,
    });
    expect(first.results).toHaveLength(2);
    const second = (await get('learning-paths/?page_size=2&page=2', 'ada')).json();
    expect(second).toMatchObject({
      count: 3,
      next: null,
      previous: `http://localhost${API}/learning-paths/?page_size=2`,
    });
    expect(second.results.map((item: { key: string }) => item.key)).toEqual([OTHER]);
    const past = await get('learning-paths/?page_size=2&page=3', 'ada');
    expect([past.statusCode, past.json().detail]).toEqual([404, 'Invalid page.']);
    expect((await get('learning-paths/?page=0', 'ada')).statusCode).toBe(400);
    const proxied = await app().inject({
      url: `${API}/learning-paths/?page_size=2`,
      headers: { ...as('ada'), host: 'lms.example.org:8000' },
    });
    expect(proxied.json().next).toBe(`http://lms.example.org:8000${API}/learning-paths/?page_size=2&page=2`);
  });

  it('details a path with its descriptive fields and skills', async () => {
    const response = await get(`learning-paths/${PUBLIC}/`, 'bea');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ...publicItem(null),
      subtitle: 'From tags to layouts',
      description: '<p>Build <strong>real</strong> pages.</p>\n',
      level: 'beginner',
      duration: '6 weeks',
      time_commitment: '4 hours a week',
      required_skills: [{ skill: { id: 'typing', display_name: 'typing' }, level: null }],
      acquired_skills: [{ skill: { id: 'html', display_name: 'html' }, level: 2 }],
    });
    // An image uploaded in Studio is a path here: the LMS gets it absolute, on the host it asked.
    const uploaded = await app().inject({
      url: `${API}/learning-paths/${OTHER}/`,
      headers: { ...as('bea'), host: 'paths.example.org' },
    });
    expect(uploaded.json().image).toBe('http://paths.example.org/api/v1/images/5f1d2c3b4a596877.png');
    const sparse = (await get(`learning-paths/${INVITE}/`, 'ada')).json();
    expect(sparse).toMatchObject({
      subtitle: '',
      description: '',
      level: '',
      duration: '',
      time_commitment: '',
      required_skills: [],
      acquired_skills: [],
    });
  });

  it('answers the progress of GET /api/v1/learners/{u}/paths/{key}', async () => {
    const native = await app().inject({ url: `/api/v1/learners/ada/paths/${PUBLIC}`, headers: as('ada') });
    const progress = native.json().progress as number;
    expect(progress).toBeGreaterThan(0);
    expect(progress).toBeLessThan(1);
    const response = await get(`${PUBLIC}/progress/`, 'ada');
    expect([response.statusCode, response.json()]).toEqual([
      200,
      { learning_path_key: PUBLIC, progress, required_completion: 0.8 },
    ]);
    expect((await get(`${PUBLIC}/progress/`, 'bea')).json().progress).toBe(0);
  });

  it("answers the grade as the weighted mean of the step courses' grades", async () => {
    const response = await get(`${PUBLIC}/grade/`, 'ada');
    // (1 × 0.9 + 2 × 0 + 3 × 0.5) / (1 + 2 + 3)
    expect(response.json()).toEqual({
      learning_path_key: PUBLIC,
      grade: expect.closeTo(0.4, 10),
      required_grade: 0.75,
    });
    expect((await get(`${INVITE}/grade/`, 'ada')).json().grade).toBeCloseTo(0.25, 10);
  });

  it('answers 404 for the progress and grade of a path the learner may not see, or no path at all', async () => {
    for (const key of [INVITE, DRAFT, 'not-a-key'])
      for (const what of ['progress', 'grade'])
        expect((await get(`${key}/${what}/`, 'bea')).statusCode).toBe(404);
  });

  it('lists the visible paths as course-discovery programs', async () => {
    const response = await get('programs/', 'bea');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ count: 2, next: null, previous: null });
    expect(body.results[0]).toEqual({
      uuid: PUBLIC_UUID,
      name: 'Web basics',
      marketing_slug: PUBLIC,
      title: 'Web basics',
      subtitle: 'From tags to layouts',
      status: 'active',
      banner_image_urls: { w1440h480: 'https://cdn.example.org/web.png' },
      organizations: [],
      course_codes: [
        {
          key: 'HTML',
          run_modes: [
            { course_key: HTML, run_key: '2026' },
            { course_key: HTML_NEXT, run_key: '2027' },
          ],
        },
        { key: 'CSS', run_modes: [{ course_key: CSS, run_key: '2026' }] },
      ],
    });
    expect(body.results[1]).toMatchObject({
      marketing_slug: OTHER,
      subtitle: '',
      banner_image_urls: { w1440h480: 'http://localhost/api/v1/images/5f1d2c3b4a596877.png' },
    });
    expect((await get('programs/?page_size=1&page=2', 'bea')).json().previous).toBe(
      `http://localhost${API}/programs/?page_size=1`,
    );
  });

  it('finds a program by its UUID, in any case, only where the caller may see it', async () => {
    const found = await get(`programs/${PUBLIC_UUID.toUpperCase()}/`, 'bea');
    expect([found.statusCode, found.json().marketing_slug]).toEqual([200, PUBLIC]);
    // INVITE's UUID: ada is enrolled on it, bea is not.
    const inviteUuid = '2622b842-cb89-5d0f-8766-91a7e034425a';
    expect((await get(`programs/${inviteUuid}/`, 'ada')).json().marketing_slug).toBe(INVITE);
    expect((await get(`programs/${inviteUuid}/`, 'bea')).statusCode).toBe(404);
    expect((await get('programs/not-a-uuid/', 'bea')).statusCode).toBe(404);
  });

  it('describes every compatibility route in the OpenAPI document', async () => {
    const paths = (await app().inject({ url: '/api/openapi.json' })).json().paths as Record<string, any>;
    const bulkDelete = paths[`${API}/enrollments/bulk-enroll/`].delete.responses['204'];
    expect(bulkDelete.headers['x-enrollments-unenrolled'].schema.type).toBe('integer');
    const compat = Object.entries(paths)
      .filter(([path]) => path.startsWith(API))
      .flatMap(([path, methods]) =>
        Object.keys(methods as object).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(compat).toEqual(
      [
        'GET /api/learning_paths/v1/learning-paths/',
        'GET /api/learning_paths/v1/learning-paths/{key}/',
        'GET /api/learning_paths/v1/{key}/progress/',
        'GET /api/learning_paths/v1/{key}/grade/',
        'GET /api/learning_paths/v1/{key}/enrollments/',
        'POST /api/learning_paths/v1/{key}/enrollments/',
        'DELETE /api/learning_paths/v1/{key}/enrollments/',
        'GET /api/learning_paths/v1/enrollments/',
        'POST /api/learning_paths/v1/enrollments/bulk-enroll/',
        'DELETE /api/learning_paths/v1/enrollments/bulk-enroll/',
        'POST /api/learning_paths/v1/{key}/enrollments/{course_key}/',
        'GET /api/learning_paths/v1/programs/',
        'GET /api/learning_paths/v1/programs/{uuid}/',
      ].sort(),
    );
  });
});
