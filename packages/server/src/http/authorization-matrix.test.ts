// Every route, called as every role: allowed or refused as the access rules say. Learners probing
// paths they are not on, or other learners' data, get 404 as if it did not exist. The table must
// cover every route of the OpenAPI document, so a new route cannot skip this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { DS_KEY, DS_PATH } from '../../test/service-fixture.ts';
import { useTestApp } from '../../test/test-app.ts';
import { fixture, keptLog, pluginsConfig } from '../../test/plugins/plugin-fixtures.ts';
import { loadPlugins } from '../plugins/load-plugins.ts';
import { PNG_1X1 as PNG } from '../../test/sample-images.ts';
import { ApiTokenRepository } from '../store/repositories/api-token-repository.ts';
import { UserRepository } from '../store/repositories/user-repository.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const PUBLIC_KEY = 'path-v1:DemoU+WEB+2026+a';
const ARCHIVE_KEY = 'path-v1:DemoU+OLD+2026+a';
const INTRO = 'course-v1:DemoU+DS100+2026';

const ROLES = [
  'anonymous',
  'learner',
  'enrolled',
  'service',
  'outsider',
  'instructor',
  'author',
  'admin',
] as const;
type Role = (typeof ROLES)[number];
/** `ok` is any answer that is not a refusal (2xx, or 4xx about the request itself). */
type Expected = 'ok' | 401 | 403 | 404;

const everyone = (role: Role): Expected => (role === 'anonymous' ? 401 : 'ok');
const staffOnly = (role: Role): Expected =>
  role === 'anonymous' ? 401 : ['instructor', 'author', 'admin'].includes(role) ? 'ok' : 404;
const authorsOnly =
  (refused: 403 | 404) =>
  (role: Role): Expected =>
    role === 'anonymous'
      ? 401
      : ['author', 'admin'].includes(role)
        ? 'ok'
        : role === 'instructor'
          ? 403
          : refused;
/** The instructor is assigned to the data-science path only. */
const authorsOfArchive = (role: Role): Expected => (role === 'instructor' ? 404 : authorsOnly(404)(role));
const seesPath = (role: Role): Expected =>
  role === 'anonymous' ? 401 : ['enrolled', 'instructor', 'author', 'admin'].includes(role) ? 'ok' : 404;

interface RouteCase {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The route as OpenAPI names it. */
  readonly route: string;
  readonly url: (role: Role) => string;
  readonly body?: (role: Role) => unknown;
  /** The body's Content-Type when it is not JSON. */
  readonly contentType?: string;
  readonly expected: (role: Role) => Expected;
}

const definitionFor = (role: Role) => ({
  key: `path-v1:DemoU+NEW${ROLES.indexOf(role)}+2026+a`,
  title: 'New',
  requirements: { id: 'root', rule: 'all', children: [{ id: 'a', course: INTRO }] },
});

/** The id of an image uploaded before the tests. */
let imageId = '';
/** The id of an API token of `subject`, the account the account routes act on. */
let subjectTokenId = 0;
/** Accounts are administrators' business: anyone else is told they do not exist. */
const adminOnly = (role: Role): Expected => (role === 'anonymous' ? 401 : role === 'admin' ? 'ok' : 404);

const V1 = '/api/learning_paths/v1';
const bulkBody = (role: Role) => ({
  learning_paths: DS_KEY,
  emails: `bulk${ROLES.indexOf(role)}@example.org`,
});

const CASES: RouteCase[] = [
  { method: 'GET', route: '/healthz', url: () => '/healthz', expected: () => 'ok' },
  { method: 'GET', route: '/api/v1/plugins', url: () => '/api/v1/plugins', expected: everyone },
  // Public: the apps load the plugins' browser bundles before anyone signs in.
  { method: 'GET', route: '/api/v1/plugins/ui', url: () => '/api/v1/plugins/ui', expected: () => 'ok' },
  {
    method: 'GET',
    route: '/api/v1/plugin-settings/{id}',
    url: () => '/api/v1/plugin-settings/org.example.settings-only',
    expected: adminOnly,
  },
  {
    method: 'PUT',
    route: '/api/v1/plugin-settings/{id}',
    url: () => '/api/v1/plugin-settings/org.example.settings-only',
    body: () => ({ values: { colour: 'green' } }),
    expected: adminOnly,
  },
  {
    method: 'POST',
    route: '/api/v1/paths/validate',
    url: () => '/api/v1/paths/validate',
    body: () => DS_PATH,
    expected: everyone,
  },
  {
    method: 'POST',
    route: '/api/v1/paths',
    url: () => '/api/v1/paths',
    body: definitionFor,
    expected: (role) => (role === 'anonymous' ? 401 : ['author', 'admin'].includes(role) ? 'ok' : 403),
  },
  { method: 'GET', route: '/api/v1/paths', url: () => '/api/v1/paths', expected: everyone },
  { method: 'GET', route: '/api/v1/paths/{key}', url: () => `/api/v1/paths/${DS_KEY}`, expected: seesPath },
  {
    method: 'PUT',
    route: '/api/v1/paths/{key}/draft',
    url: () => `/api/v1/paths/${DS_KEY}/draft`,
    body: () => ({ definition: DS_PATH }),
    expected: authorsOnly(404),
  },
  {
    method: 'POST',
    route: '/api/v1/paths/{key}/publish',
    url: () => `/api/v1/paths/${DS_KEY}/publish`,
    expected: authorsOnly(404),
  },
  {
    method: 'POST',
    route: '/api/v1/paths/{key}/archive',
    url: () => `/api/v1/paths/${ARCHIVE_KEY}/archive`,
    expected: authorsOfArchive,
  },
  {
    method: 'POST',
    route: '/api/v1/paths/{key}/restore',
    url: () => `/api/v1/paths/${ARCHIVE_KEY}/restore`,
    expected: authorsOfArchive,
  },
  {
    method: 'POST',
    route: '/api/v1/paths/import',
    url: () => '/api/v1/paths/import',
    body: definitionFor,
    expected: (role) => (role === 'anonymous' ? 401 : ['author', 'admin'].includes(role) ? 'ok' : 403),
  },
  {
    method: 'GET',
    route: '/api/v1/paths/{key}/definition',
    url: () => `/api/v1/paths/${DS_KEY}/definition`,
    expected: seesPath,
  },
  {
    method: 'PUT',
    route: '/api/v1/courses/{key}',
    url: () => `/api/v1/courses/${INTRO}`,
    body: () => ({ title: 'Intro' }),
    expected: (role) => (role === 'anonymous' ? 401 : ['author', 'admin'].includes(role) ? 'ok' : 403),
  },
  {
    method: 'GET',
    route: '/api/v1/paths/{key}/versions',
    url: () => `/api/v1/paths/${DS_KEY}/versions`,
    expected: staffOnly,
  },
  {
    method: 'POST',
    route: '/api/v1/courses',
    url: () => '/api/v1/courses',
    body: () => ({ courses: [{ key: INTRO, title: 'Intro' }] }),
    expected: (role) => (role === 'anonymous' ? 401 : ['author', 'admin'].includes(role) ? 'ok' : 403),
  },
  { method: 'GET', route: '/api/v1/courses', url: () => '/api/v1/courses', expected: everyone },
  {
    method: 'GET',
    route: '/api/v1/courses/{key}',
    url: () => `/api/v1/courses/${INTRO}`,
    expected: everyone,
  },
  // Who may use a course while it is invite-only: anyone signed in reads it, its organisation's authors set it.
  {
    method: 'GET',
    route: '/api/v1/courses/{key}/sharing',
    url: () => `/api/v1/courses/${INTRO}/sharing`,
    expected: everyone,
  },
  {
    method: 'PUT',
    route: '/api/v1/courses/{key}/sharing',
    url: () => `/api/v1/courses/${INTRO}/sharing`,
    body: () => ({ sharedWith: ['OtherU'] }),
    expected: (role) => (role === 'anonymous' ? 401 : ['author', 'admin'].includes(role) ? 'ok' : 403),
  },
  {
    method: 'GET',
    route: '/api/v1/organizations/{org}/sharing',
    url: () => '/api/v1/organizations/DemoU/sharing',
    expected: everyone,
  },
  {
    method: 'PUT',
    route: '/api/v1/organizations/{org}/sharing',
    url: () => '/api/v1/organizations/DemoU/sharing',
    body: () => ({ shareInviteOnlyCoursesWith: [] }),
    expected: (role) => (role === 'anonymous' ? 401 : ['author', 'admin'].includes(role) ? 'ok' : 403),
  },
  // A team: its organisation's authors manage it; the path's instructor may see the path, not this.
  {
    method: 'GET',
    route: '/api/v1/paths/{key}/team',
    url: () => `/api/v1/paths/${DS_KEY}/team`,
    expected: authorsOnly(404),
  },
  {
    method: 'POST',
    route: '/api/v1/paths/{key}/team',
    url: () => `/api/v1/paths/${DS_KEY}/team`,
    body: () => ({ person: 'ena', role: 'instructor', scope: `path:${DS_KEY}` }),
    expected: authorsOnly(404),
  },
  {
    method: 'DELETE',
    route: '/api/v1/paths/{key}/team/{username}',
    url: (role) =>
      `/api/v1/paths/${DS_KEY}/team/member${ROLES.indexOf(role)}?role=instructor&scope=path:${DS_KEY}`,
    expected: authorsOnly(404),
  },
  {
    method: 'GET',
    route: '/api/v1/organizations/{org}/team',
    url: () => '/api/v1/organizations/DemoU/team',
    expected: authorsOnly(403),
  },
  {
    method: 'POST',
    route: '/api/v1/organizations/{org}/team',
    url: () => '/api/v1/organizations/DemoU/team',
    body: () => ({ person: 'ena', role: 'instructor', scope: 'org:DemoU' }),
    expected: authorsOnly(403),
  },
  {
    method: 'DELETE',
    route: '/api/v1/organizations/{org}/team/{username}',
    url: (role) =>
      `/api/v1/organizations/DemoU/team/member${ROLES.indexOf(role)}?role=instructor&scope=org:DemoU`,
    expected: authorsOnly(403),
  },
  {
    method: 'POST',
    route: '/api/v1/paths/{key}/enrollments',
    url: () => `/api/v1/paths/${DS_KEY}/enrollments`,
    body: () => ({ learners: ['lena.friend@example.org'] }),
    expected: staffOnly,
  },
  {
    method: 'GET',
    route: '/api/v1/paths/{key}/enrollments',
    url: () => `/api/v1/paths/${DS_KEY}/enrollments`,
    expected: staffOnly,
  },
  {
    method: 'GET',
    route: '/api/v1/paths/{key}/enrollments.csv',
    url: () => `/api/v1/paths/${DS_KEY}/enrollments.csv`,
    expected: staffOnly,
  },
  {
    method: 'DELETE',
    route: '/api/v1/paths/{key}/enrollments/{username}',
    url: (role) => `/api/v1/paths/${DS_KEY}/enrollments/leaver${ROLES.indexOf(role)}`,
    expected: (role) => (role === 'enrolled' ? 404 : staffOnly(role)),
  },
  {
    method: 'GET',
    route: '/api/v1/paths/{key}/pending-enrollments',
    url: () => `/api/v1/paths/${DS_KEY}/pending-enrollments`,
    expected: staffOnly,
  },
  {
    // Before the cancellation below, while every waiting address is still pending.
    method: 'POST',
    route: '/api/v1/paths/{key}/pending-enrollments/{email}/lms-retry',
    url: (role) =>
      `/api/v1/paths/${DS_KEY}/pending-enrollments/waiting${ROLES.indexOf(role)}@example.org/lms-retry`,
    expected: staffOnly,
  },
  {
    method: 'DELETE',
    route: '/api/v1/paths/{key}/pending-enrollments/{email}',
    url: (role) => `/api/v1/paths/${DS_KEY}/pending-enrollments/waiting${ROLES.indexOf(role)}@example.org`,
    expected: staffOnly,
  },
  {
    method: 'GET',
    route: '/api/v1/paths/{key}/audit',
    url: () => `/api/v1/paths/${DS_KEY}/audit`,
    expected: staffOnly,
  },
  {
    method: 'GET',
    route: '/api/v1/paths/{key}/progress-summary',
    url: () => `/api/v1/paths/${DS_KEY}/progress-summary`,
    expected: staffOnly,
  },
  {
    method: 'GET',
    route: '/api/v1/paths/{key}/step-summary',
    url: () => `/api/v1/paths/${DS_KEY}/step-summary`,
    expected: staffOnly,
  },
  // A learner's path page as they see it: the path's staff only; the learner reads /me/paths.
  {
    method: 'GET',
    route: '/api/v1/learners/{username}/paths/{key}/page',
    url: () => `/api/v1/learners/ena/paths/${DS_KEY}/page`,
    expected: staffOnly,
  },
  {
    method: 'GET',
    route: '/api/v1/learners/{username}/paths/{key}/page',
    url: () => `/api/v1/learners/nobody/paths/${DS_KEY}/page`,
    expected: (role) => (role === 'anonymous' ? 401 : 404),
  },
  {
    method: 'POST',
    route: '/api/v1/facts',
    url: () => '/api/v1/facts',
    body: () => ({ facts: [{ user: 'ena', course: INTRO, completion: 0.5 }] }),
    expected: (role) => (role === 'anonymous' ? 401 : ['service', 'admin'].includes(role) ? 'ok' : 403),
  },
  // Ena's data: only the path's staff see it; the enrolled learner reads their own instead.
  {
    method: 'GET',
    route: '/api/v1/learners/{username}/paths/{key}',
    url: (role) => `/api/v1/learners/${role === 'enrolled' ? 'enrolled' : 'ena'}/paths/${DS_KEY}`,
    expected: seesPath,
  },
  {
    method: 'GET',
    route: '/api/v1/learners/{username}/paths/{key}',
    url: () => `/api/v1/learners/ena/paths/${DS_KEY}`,
    expected: (role) => (role === 'enrolled' ? 404 : seesPath(role)),
  },
  // A learner who is not on the path (`learner`), and a username no one has: absent alike for all
  // but admins, so that staff cannot tell which usernames exist.
  {
    method: 'GET',
    route: '/api/v1/learners/{username}/paths/{key}',
    url: () => `/api/v1/learners/learner/paths/${DS_KEY}`,
    expected: (role) => (role === 'anonymous' ? 401 : role === 'admin' ? 'ok' : 404),
  },
  {
    method: 'GET',
    route: '/api/v1/learners/{username}/paths/{key}',
    url: () => `/api/v1/learners/nobody/paths/${DS_KEY}`,
    expected: (role) => (role === 'anonymous' ? 401 : 404),
  },
  { method: 'GET', route: '/api/v1/me/learning', url: () => '/api/v1/me/learning', expected: everyone },
  { method: 'GET', route: '/api/v1/explore/paths', url: () => '/api/v1/explore/paths', expected: everyone },
  {
    method: 'GET',
    route: '/api/v1/me/paths/{key}',
    url: () => `/api/v1/me/paths/${DS_KEY}`,
    expected: seesPath,
  },
  // Staff see the path but are not enrolled on it, so they may not start its courses.
  {
    method: 'POST',
    route: '/api/v1/me/paths/{key}/steps/{step}/start',
    url: () => `/api/v1/me/paths/${DS_KEY}/steps/intro/start`,
    expected: (role) => (['instructor', 'author', 'admin'].includes(role) ? 403 : seesPath(role)),
  },
  {
    method: 'POST',
    route: '/api/v1/me/paths/{key}/enrollment',
    url: () => `/api/v1/me/paths/${PUBLIC_KEY}/enrollment`,
    expected: everyone,
  },
  {
    method: 'DELETE',
    route: '/api/v1/me/paths/{key}/enrollment',
    url: () => `/api/v1/me/paths/${PUBLIC_KEY}/enrollment`,
    expected: everyone,
  },
  { method: 'GET', route: '/api/v1/me', url: () => '/api/v1/me', expected: everyone },
  // Authors of any organisation may upload; anyone may fetch an image whose unguessable id they have.
  {
    method: 'POST',
    route: '/api/v1/images',
    url: () => '/api/v1/images',
    body: () => PNG,
    contentType: 'image/png',
    expected: (role) =>
      role === 'anonymous' ? 401 : ['author', 'outsider', 'admin'].includes(role) ? 'ok' : 403,
  },
  {
    method: 'GET',
    route: '/api/v1/images/{id}',
    url: () => `/api/v1/images/${imageId}`,
    expected: () => 'ok',
  },
  // Accounts (routes/users.ts), in an order that leaves `subject` as it was.
  { method: 'GET', route: '/api/v1/users', url: () => '/api/v1/users', expected: adminOnly },
  {
    method: 'GET',
    route: '/api/v1/users/{username}',
    url: () => '/api/v1/users/subject',
    expected: adminOnly,
  },
  {
    method: 'POST',
    route: '/api/v1/users/{username}/disable',
    url: () => '/api/v1/users/subject/disable',
    expected: adminOnly,
  },
  {
    method: 'POST',
    route: '/api/v1/users/{username}/enable',
    url: () => '/api/v1/users/subject/enable',
    expected: adminOnly,
  },
  {
    method: 'PUT',
    route: '/api/v1/users/{username}/roles',
    url: () => '/api/v1/users/subject/roles',
    body: () => ({ role: 'learner' }),
    expected: adminOnly,
  },
  {
    method: 'DELETE',
    route: '/api/v1/users/{username}/roles',
    url: () => '/api/v1/users/subject/roles?role=learner',
    expected: adminOnly,
  },
  {
    method: 'PUT',
    route: '/api/v1/users/{username}/lms-link',
    url: () => '/api/v1/users/subject/lms-link',
    body: () => ({ lmsUserId: '4242' }),
    expected: adminOnly,
  },
  {
    method: 'GET',
    route: '/api/v1/users/{username}/tokens',
    url: () => '/api/v1/users/subject/tokens',
    expected: adminOnly,
  },
  // Everyone may list their own tokens.
  {
    method: 'GET',
    route: '/api/v1/users/{username}/tokens',
    url: (role) => `/api/v1/users/${role}/tokens`,
    expected: everyone,
  },
  {
    method: 'POST',
    route: '/api/v1/users/{username}/tokens',
    url: () => '/api/v1/users/subject/tokens',
    body: () => ({ name: 'matrix' }),
    expected: adminOnly,
  },
  {
    method: 'DELETE',
    route: '/api/v1/users/{username}/tokens/{id}',
    url: () => `/api/v1/users/subject/tokens/${subjectTokenId}`,
    expected: adminOnly,
  },
  {
    method: 'GET',
    route: '/api/v1/audit/accounts',
    url: () => '/api/v1/audit/accounts',
    expected: adminOnly,
  },
  // The Open edX compatibility surface (routes/openedx-compat).
  { method: 'GET', route: `${V1}/learning-paths/`, url: () => `${V1}/learning-paths/`, expected: everyone },
  {
    method: 'GET',
    route: `${V1}/learning-paths/{key}/`,
    url: () => `${V1}/learning-paths/${DS_KEY}/`,
    expected: seesPath,
  },
  {
    method: 'GET',
    route: `${V1}/{key}/progress/`,
    url: () => `${V1}/${DS_KEY}/progress/`,
    expected: seesPath,
  },
  { method: 'GET', route: `${V1}/{key}/grade/`, url: () => `${V1}/${DS_KEY}/grade/`, expected: seesPath },
  {
    method: 'GET',
    route: `${V1}/{key}/enrollments/`,
    url: () => `${V1}/${DS_KEY}/enrollments/`,
    expected: seesPath,
  },
  {
    method: 'POST',
    route: `${V1}/{key}/enrollments/`,
    url: () => `${V1}/${PUBLIC_KEY}/enrollments/`,
    expected: everyone,
  },
  {
    method: 'DELETE',
    route: `${V1}/{key}/enrollments/`,
    url: () => `${V1}/${PUBLIC_KEY}/enrollments/`,
    expected: everyone,
  },
  { method: 'GET', route: `${V1}/enrollments/`, url: () => `${V1}/enrollments/`, expected: everyone },
  {
    method: 'POST',
    route: `${V1}/enrollments/bulk-enroll/`,
    url: () => `${V1}/enrollments/bulk-enroll/`,
    body: bulkBody,
    expected: staffOnly,
  },
  {
    method: 'DELETE',
    route: `${V1}/enrollments/bulk-enroll/`,
    url: () => `${V1}/enrollments/bulk-enroll/`,
    body: bulkBody,
    expected: staffOnly,
  },
  {
    method: 'POST',
    route: `${V1}/{key}/enrollments/{course_key}/`,
    url: () => `${V1}/${DS_KEY}/enrollments/${INTRO}/`,
    expected: (role) => (['instructor', 'author', 'admin'].includes(role) ? 403 : seesPath(role)),
  },
  { method: 'GET', route: `${V1}/programs/`, url: () => `${V1}/programs/`, expected: everyone },
  // uuid5(NAMESPACE_URL, DS_KEY)
  {
    method: 'GET',
    route: `${V1}/programs/{uuid}/`,
    url: () => `${V1}/programs/bf7c57f0-d6e3-598c-b591-09650980f0cf/`,
    expected: seesPath,
  },
  {
    method: 'GET',
    route: '/api/learning_credentials/v1/configured/{key}/',
    url: () => `/api/learning_credentials/v1/configured/${DS_KEY}/`,
    expected: seesPath,
  },
];

/** Routes with their own tests of who may call them (sign-in is for anyone, by definition). */
const COVERED_ELSEWHERE = new Set(['POST /api/v1/session', 'DELETE /api/v1/session']);

describe('authorization matrix', () => {
  const { app, as, store } = useTestApp({
    now: NOW,
    users: {
      learner: [],
      enrolled: [],
      service: [{ role: 'service', scope: '*' }],
      outsider: [
        { role: 'author', scope: 'org:OtherU' },
        { role: 'instructor', scope: 'org:OtherU' },
      ],
      instructor: [{ role: 'instructor', scope: `path:${DS_KEY}` }],
      author: [{ role: 'author', scope: 'org:DemoU' }],
    },
    plugins: (store) => loadPlugins(pluginsConfig([fixture('settings-only')]), keptLog(), store.db),
  });
  const headers = (role: Role) => (role === 'anonymous' ? {} : as(role));

  beforeAll(async () => {
    const users = new UserRepository(store().db, store().dialect);
    const tokens = new ApiTokenRepository(store().db, store().dialect);
    const newToken = (userId: number) =>
      tokens.create(userId, { name: 'test', expiresAt: null }, NOW.toISOString());
    const admin = await users.create({ username: 'admin', isAdmin: true }, NOW.toISOString());
    const adminHeaders = { authorization: `Bearer ${(await newToken(admin.id)).token}` };
    const subject = await users.create({ username: 'subject' }, NOW.toISOString());
    subjectTokenId = (await newToken(subject.id)).record.id;
    Object.assign(headersOf, { admin: adminHeaders });
    const call = (method: 'POST', url: string, payload?: unknown) =>
      app().inject({
        method,
        url,
        headers: as('author'),
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    await call('POST', '/api/v1/paths', DS_PATH);
    await call('POST', '/api/v1/paths', {
      ...definitionFor('learner'),
      key: PUBLIC_KEY,
      visibility: 'public',
    });
    await call('POST', '/api/v1/paths', { ...definitionFor('learner'), key: ARCHIVE_KEY });
    for (const key of [DS_KEY, PUBLIC_KEY, ARCHIVE_KEY]) await call('POST', `/api/v1/paths/${key}/publish`);
    const image = await app().inject({
      method: 'POST',
      url: '/api/v1/images',
      headers: { ...as('author'), 'content-type': 'image/png' },
      payload: PNG,
    });
    imageId = image.json<{ id: string }>().id;
    await users.create({ username: 'ena' }, NOW.toISOString());
    // Team members each role's call may take off the path's and the organisation's teams.
    for (const index of ROLES.keys()) {
      const member = await users.create({ username: `member${index}` }, NOW.toISOString());
      for (const scope of [`path:${DS_KEY}`, 'org:DemoU'])
        await users.grant(member.id, { role: 'instructor', scope }, NOW.toISOString());
    }
    const leavers = ROLES.map((_, index) => `leaver${index}`);
    for (const leaver of leavers) await users.create({ username: leaver }, NOW.toISOString());
    await call('POST', `/api/v1/paths/${DS_KEY}/enrollments`, {
      learners: ['enrolled', 'ena', ...leavers, ...ROLES.map((_, index) => `waiting${index}@example.org`)],
    });
  });
  const headersOf: Partial<Record<Role, Record<string, string>>> = {};

  it('covers every route of the OpenAPI document', async () => {
    await app().ready();
    const document = app().swagger() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([route, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${route}`),
    );
    const tested = new Set(CASES.map((routeCase) => `${routeCase.method} ${routeCase.route}`));
    expect(documented.filter((route) => !tested.has(route) && !COVERED_ELSEWHERE.has(route))).toEqual([]);
  });

  it.each(CASES)('$method $route', async (routeCase) => {
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const role of ROLES) {
      const body = routeCase.body?.(role);
      const response = await app().inject({
        method: routeCase.method,
        url: routeCase.url(role),
        headers: {
          ...(headersOf[role] ?? headers(role)),
          ...(routeCase.contentType ? { 'content-type': routeCase.contentType } : {}),
        },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      const refusal = [401, 403, 404].includes(response.statusCode) ? response.statusCode : 'ok';
      outcomes[role] =
        `${refusal}${refusal === 'ok' && response.statusCode >= 500 ? ` (${response.statusCode})` : ''}`;
      expected[role] = String(routeCase.expected(role));
    }
    expect(outcomes).toEqual(expected);
  });
});
