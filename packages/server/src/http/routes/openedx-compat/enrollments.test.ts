// The compatibility surface's enrollments: join, leave, lists by role, starting a step's course.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/test-app.ts';
import {
  API,
  CSS,
  HTML,
  INVITE,
  OTHER,
  PUBLIC,
  seed,
  SQL,
  START,
  USERS,
} from '../../../../test/openedx-compat-fixture.ts';

describe('Open edX compatibility: enrollments', () => {
  let now = START;
  /** Each enrollment at its own minute, so that "newest first" has one answer. */
  const tick = () => {
    now = new Date(now.getTime() + 60_000);
    return now.toISOString();
  };
  const testApp = useTestApp({ now: START, clock: () => now, users: USERS });
  const { app, as } = testApp;
  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, who: string, payload?: object) =>
    app().inject({ method, url: `${API}/${url}`, headers: as(who), ...(payload ? { payload } : {}) });
  const times: Record<string, string> = {};

  beforeAll(() => seed(testApp));

  it('lets a learner join a public path (201), not twice (409), leave it (204) and come back (200)', async () => {
    times.beaPublic = tick();
    const joined = await call('POST', `${PUBLIC}/enrollments/`, 'bea');
    expect([joined.statusCode, joined.json()]).toEqual([
      201,
      { user: 'bea', learning_path: PUBLIC, is_active: true, created: times.beaPublic },
    ]);
    const again = await call('POST', `${PUBLIC}/enrollments/`, 'bea', {});
    expect([again.statusCode, again.headers['content-type']]).toEqual([
      409,
      'application/problem+json; charset=utf-8',
    ]);
    tick();
    const left = await call('DELETE', `${PUBLIC}/enrollments/`, 'bea');
    expect([left.statusCode, left.body]).toEqual([204, '']);
    expect((await call('GET', `${PUBLIC}/enrollments/`, 'bea')).json()).toEqual([]);
    tick();
    const back = await call('POST', `${PUBLIC}/enrollments/`, 'bea');
    // The enrollment is the first one, made active again.
    expect([back.statusCode, back.json()]).toEqual([
      200,
      { user: 'bea', learning_path: PUBLIC, is_active: true, created: times.beaPublic },
    ]);
  });

  it('keeps invite-only paths to their staff: learners neither see nor join nor leave them', async () => {
    expect((await call('POST', `${INVITE}/enrollments/`, 'bea')).statusCode).toBe(404);
    expect((await call('POST', `${PUBLIC}/enrollments/`, 'bea', { username: 'ada' })).statusCode).toBe(403);
    expect((await call('POST', `${INVITE}/enrollments/`, 'teacher', { username: 'nobody' })).statusCode).toBe(
      404,
    );
    times.beaInvite = tick();
    const assigned = await call('POST', `${INVITE}/enrollments/`, 'teacher', {
      username: 'bea',
      reason: 'cohort 2',
    });
    expect([assigned.statusCode, assigned.json().created]).toEqual([201, times.beaInvite]);
    const selfLeave = await call('DELETE', `${INVITE}/enrollments/`, 'bea');
    expect(selfLeave.statusCode).toBe(403);
    tick();
    expect((await call('DELETE', `${INVITE}/enrollments/`, 'teacher', { username: 'bea' })).statusCode).toBe(
      204,
    );
    tick();
    // Scripts written against Django often send forms.
    const form = await app().inject({
      method: 'POST',
      url: `${API}/${INVITE}/enrollments/`,
      headers: { ...as('teacher'), 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=bea&reason=back+again',
    });
    expect([form.statusCode, form.json().user]).toEqual([200, 'bea']);
    const audit = await app().inject({
      url: `/api/v1/paths/${INVITE}/audit?learner=bea`,
      headers: as('teacher'),
    });
    expect(
      audit.json().items.map((entry: { action: string; reason: string }) => [entry.action, entry.reason]),
    ).toEqual([
      ['reactivated', 'back again'],
      ['unenrolled', null],
      ['enrolled', 'cohort 2'],
    ]);
  });

  it("lists a path's active enrollments: all of them for staff, only their own for a learner", async () => {
    times.adaOther = tick();
    expect((await call('POST', `${OTHER}/enrollments/`, 'ada')).statusCode).toBe(201);
    times.adaPublic = tick();
    expect((await call('POST', `${PUBLIC}/enrollments/`, 'ada')).statusCode).toBe(201);
    const bea = { user: 'bea', learning_path: PUBLIC, is_active: true, created: times.beaPublic };
    const ada = { user: 'ada', learning_path: PUBLIC, is_active: true, created: times.adaPublic };
    expect((await call('GET', `${PUBLIC}/enrollments/`, 'author')).json()).toEqual([ada, bea]);
    expect((await call('GET', `${PUBLIC}/enrollments/?username=bea`, 'author')).json()).toEqual([bea]);
    expect((await call('GET', `${PUBLIC}/enrollments/?username=nobody`, 'author')).json()).toEqual([]);
    expect((await call('GET', `${PUBLIC}/enrollments/`, 'bea')).json()).toEqual([bea]);
    expect((await call('GET', `${PUBLIC}/enrollments/?username=bea`, 'bea')).json()).toEqual([bea]);
    expect((await call('GET', `${PUBLIC}/enrollments/?username=ada`, 'bea')).statusCode).toBe(403);
    // The instructor of INVITE is a learner on PUBLIC.
    expect((await call('GET', `${PUBLIC}/enrollments/`, 'teacher')).json()).toEqual([]);
    expect((await call('GET', `${INVITE}/enrollments/`, 'ada')).statusCode).toBe(404);
    tick();
    expect((await call('DELETE', `${PUBLIC}/enrollments/`, 'ada')).statusCode).toBe(204);
    expect((await call('GET', `${PUBLIC}/enrollments/`, 'author')).json()).toEqual([bea]);
  });

  it('lists every enrollment an administrator may see, a page at a time, newest first', async () => {
    const first = await call('GET', 'enrollments/?page_size=3', 'root');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      count: 4,
      next: `http://localhost${API}/enrollments/?page_size=3&page=2`,
      previous: null,
      results: [
        { user: 'ada', learning_path: PUBLIC, is_active: false, created: times.adaPublic },
        { user: 'ada', learning_path: OTHER, is_active: true, created: times.adaOther },
        { user: 'bea', learning_path: INVITE, is_active: true, created: times.beaInvite },
      ],
    });
    const second = (await call('GET', 'enrollments/?page_size=3&page=2', 'root')).json();
    expect(second.results).toEqual([
      { user: 'bea', learning_path: PUBLIC, is_active: true, created: times.beaPublic },
    ]);
    const filtered = (await call('GET', 'enrollments/?username=bea', 'root')).json();
    expect(filtered.results.map((row: { learning_path: string }) => row.learning_path)).toEqual([
      INVITE,
      PUBLIC,
    ]);
  });

  it('shows staff the enrollments of their paths only, and learners their own only', async () => {
    const paths = async (who: string, query = '') =>
      (await call('GET', `enrollments/${query}`, who))
        .json()
        .results.map((row: { user: string; learning_path: string }) => `${row.user} ${row.learning_path}`);
    expect(await paths('author')).toEqual([`ada ${PUBLIC}`, `bea ${INVITE}`, `bea ${PUBLIC}`]);
    expect(await paths('author', '?username=ada')).toEqual([`ada ${PUBLIC}`]);
    expect(await paths('teacher')).toEqual([`bea ${INVITE}`]);
    expect(await paths('ada')).toEqual([`ada ${PUBLIC}`, `ada ${OTHER}`]);
    expect(await paths('bea', '?username=bea')).toEqual([`bea ${INVITE}`, `bea ${PUBLIC}`]);
    expect((await call('GET', 'enrollments/?username=bea', 'ada')).statusCode).toBe(403);
    const paged = (await call('GET', 'enrollments/?page_size=2&page=2', 'author')).json();
    expect(paged).toMatchObject({
      count: 3,
      next: null,
      previous: `http://localhost${API}/enrollments/?page_size=2`,
    });
    expect(paged.results).toHaveLength(1);
  });

  it("enrolls a learner of the path in a step's course (201), not in a locked step or another course", async () => {
    const started = await call('POST', `${PUBLIC}/enrollments/${HTML}/`, 'bea');
    expect(started.statusCode).toBe(201);
    expect(started.json()).toMatchObject({
      detail: 'User successfully enrolled in the course.',
      course_key: HTML,
    });
    const page = await app().inject({ url: `/api/v1/me/paths/${PUBLIC}`, headers: as('bea') });
    expect(page.json().courses[HTML].enrolled).toBe(true);
    // CSS comes after two steps of a sequence.
    expect((await call('POST', `${PUBLIC}/enrollments/${CSS}/`, 'bea')).statusCode).toBe(403);
    expect((await call('POST', `${PUBLIC}/enrollments/${SQL}/`, 'bea')).statusCode).toBe(404);
    // ada left the path.
    expect((await call('POST', `${PUBLIC}/enrollments/${HTML}/`, 'ada')).statusCode).toBe(403);
    expect((await call('POST', `${INVITE}/enrollments/${SQL}/`, 'ada')).statusCode).toBe(404);
    expect((await call('POST', `not-a-key/enrollments/${SQL}/`, 'ada')).statusCode).toBe(404);
  });
});
