// The plugin end to end, in the whole service over HTTP, on SQLite and PostgreSQL: an administrator
// registers a source, H5P and cmi5 statements posted with its Basic credentials become the demo
// learner's course facts, and the LRS answers as xAPI 1.0.3 asks (ids, 204, 409, 400, 401, 413).
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../test/plugin-service.ts';
import { freshPostgresDatabase, postgresAnswers } from '../../test/postgres-database.ts';
import { CMI5_COURSE, cmi5Passed, H5P_CONTENT, h5pCompleted, LMS_HOME_PAGE } from './sample-statements.ts';

// The plugin's source, loaded by path as LP_PLUGINS would load a folder's built entry.
const PLUGIN = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const PREFIX = '/api/v1/plugins/org.learningpaths.xapi';
const PATH_KEY = 'path-v1:DemoU+DS+2026+spring';
const INTRO = 'course-v1:DemoU+DS100+2026';
const STATISTICS = 'course-v1:DemoU+DS110+2026';
const MACHINE_LEARNING = 'course-v1:DemoU+DS120+2026';
const QUIZ = 'https://h5p.example.org/wp-admin/admin-ajax.php?action=h5p_embed&id=13';
const LEARNER_EMAIL = 'xlearner@example.org';
const MAX_STATEMENTS = 5;

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

interface Credentials {
  readonly id: string;
  readonly key: string;
  readonly secret: string;
}

const basic = ({ key, secret }: { key: string; secret: string }) =>
  `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

function scored(id: string, scaled: number): Record<string, unknown> {
  return {
    id,
    actor: { mbox: `mailto:${LEARNER_EMAIL}` },
    verb: { id: 'http://adlnet.gov/expapi/verbs/scored', display: { 'en-US': 'scored' } },
    object: { id: QUIZ },
    result: { score: { scaled } },
    timestamp: '2026-03-04T08:00:00Z',
  };
}

const postgres = await postgresAnswers();
/**
 * The service on each database; on SQLite with the core's CORS for the LMS's origin (which answers
 * preflights itself, before the plugin's routes), on PostgreSQL without (the plugin answers them).
 */
const DATABASES = [
  { name: 'SQLite', skip: false, database: () => Promise.resolve(null), corsOrigins: LMS_HOME_PAGE },
  { name: 'PostgreSQL', skip: !postgres, database: freshPostgresDatabase, corsOrigins: '' },
];

describe.each(DATABASES)('the xAPI LRS on $name', ({ name, skip, database, corsOrigins }) => {
  let service: RunningService;
  let drop: (() => Promise<void>) | undefined;
  let source: Credentials;

  /** A call to the LRS: the source's credentials and the version header unless `headers` replace them. */
  async function xapi(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string | undefined> = {},
  ): Promise<Answer> {
    const sent: Record<string, string | undefined> = {
      authorization: basic(source),
      'x-experience-api-version': '1.0.3',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    };
    const response = await fetch(`${service.address}${PREFIX}/xapi/${path}`, {
      method,
      headers: Object.fromEntries(
        Object.entries(sent).filter((entry): entry is [string, string] => !!entry[1]),
      ),
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text === '' ? null : JSON.parse(text),
    };
  }

  /** The learner's facts of a course, as their path page shows them. */
  async function courseFacts(course: string) {
    const page = await service.call('xlearner', 'GET', `/api/v1/me/paths/${encodeURIComponent(PATH_KEY)}`);
    expect(page.status).toBe(200);
    const { completion, grade, passed } = page.body.courses[course];
    return { completion, grade, passed };
  }

  /** The source's statements as its administrator lists them, by id. */
  async function listed(): Promise<Map<string, any>> {
    const answer = await service.call('xadmin', 'GET', `${PREFIX}/sources/${source.id}/statements?limit=200`);
    expect(answer.status).toBe(200);
    const statements = answer.body.statements as { id: string }[];
    return new Map(statements.map((statement) => [statement.id, statement]));
  }

  beforeAll(async () => {
    if (skip) return;
    const fresh = await database();
    drop = fresh?.drop;
    service = await startService({
      plugins: [PLUGIN],
      demo: true,
      users: {
        xadmin: { role: 'admin' },
        xauthor: { role: 'author', scope: 'org:DemoU' },
        xlearner: { role: 'learner', email: LEARNER_EMAIL },
      },
      environment: {
        ...(fresh ? { DATABASE_URL: fresh.url } : {}),
        CORS_ORIGINS: corsOrigins,
        LP_PLUGIN_ORG_LEARNINGPATHS_XAPI_ACCOUNT_HOME_PAGE: LMS_HOME_PAGE,
        LP_PLUGIN_ORG_LEARNINGPATHS_XAPI_MAX_STATEMENTS_PER_REQUEST: String(MAX_STATEMENTS),
      },
    });
    expect(service.store.dialect).toBe(name === 'PostgreSQL' ? 'postgres' : 'sqlite');
    const enrolled = await service.call(
      'xadmin',
      'POST',
      `/api/v1/paths/${encodeURIComponent(PATH_KEY)}/enrollments`,
      {
        learners: ['xlearner'],
      },
    );
    expect(enrolled.status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await drop?.();
  });

  describe.skipIf(skip)('with a registered source', () => {
    it('registers a source for an administrator, showing its secret once', async () => {
      const created = await service.call('xadmin', 'POST', `${PREFIX}/sources`, {
        name: 'H5P and cmi5 content',
        activities: [
          { activity: H5P_CONTENT, course: INTRO },
          { activity: CMI5_COURSE, course: STATISTICS, match: 'prefix' },
          { activity: QUIZ, course: MACHINE_LEARNING, match: 'exact' },
        ],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'H5P and cmi5 content', enabled: true });
      expect(created.body.key).toMatch(/^xapi-[0-9a-f]{24}$/);
      expect(created.body.secret).toMatch(/^[\w-]{43}$/);
      source = { id: created.body.id, key: created.body.key, secret: created.body.secret };

      const list = await fetch(`${service.address}${PREFIX}/sources`, { headers: service.headers('xadmin') });
      expect(list.headers.get('cache-control')).toBe('no-store');
      const { sources } = (await list.json()) as { sources: Record<string, unknown>[] };
      expect(sources).toEqual([
        expect.objectContaining({ id: source.id, key: source.key, activities: expect.any(Array) }),
      ]);
      expect(JSON.stringify(sources)).not.toContain(source.secret);
      expect(Object.keys(sources[0]!)).not.toContain('secret');
    });

    it('answers about, to anyone, with the version it speaks', async () => {
      const about = await fetch(`${service.address}${PREFIX}/xapi/about`);
      expect(about.status).toBe(200);
      expect(about.headers.get('x-experience-api-version')).toBe('1.0.3');
      expect(await about.json()).toEqual({ version: ['1.0.3'] });
    });

    it("turns an H5P completed statement and a cmi5 passed statement into the learner's course facts", async () => {
      expect(await courseFacts(INTRO)).toEqual({ completion: null, grade: null, passed: null });
      const cmi5Id = randomUUID();
      const posted = await xapi('POST', 'statements', [
        h5pCompleted(LEARNER_EMAIL),
        cmi5Passed('xlearner', cmi5Id),
      ]);
      expect(posted.status).toBe(200);
      expect(posted.headers.get('x-experience-api-version')).toBe('1.0.3');
      expect(posted.headers.get('cache-control')).toBe('no-store');
      // H5P sends no id: the LRS gives one.
      expect(posted.body).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), cmi5Id]);

      expect(await courseFacts(INTRO)).toEqual({ completion: 1, grade: 0.75, passed: null });
      expect(await courseFacts(STATISTICS)).toEqual({ completion: null, grade: 0.82, passed: true });
      const statements = await listed();
      expect(statements.get(cmi5Id)).toMatchObject({
        verb: 'http://adlnet.gov/expapi/verbs/passed',
        learner: 'xlearner',
        course: STATISTICS,
        fact: 'applied',
        reason: null,
      });
    });

    it('stores a PUT statement once: 204, the same again 204 with no change, another under its id 409', async () => {
      const id = randomUUID();
      expect((await xapi('PUT', `statements?statementId=${id}`, scored(id, 0.6))).status).toBe(204);
      expect(await courseFacts(MACHINE_LEARNING)).toMatchObject({ grade: 0.6 });
      // The same statement re-sent, its timestamp in another zone and without its id: no change.
      const again = { ...scored(id, 0.6), id: undefined, timestamp: '2026-03-04T09:00:00+01:00' };
      const repeated = await xapi('PUT', `statements?statementId=${id}`, again);
      expect([repeated.status, repeated.body]).toEqual([204, null]);
      expect((await xapi('POST', 'statements', scored(id, 0.6))).body).toEqual([id]);

      const conflict = await xapi('PUT', `statements?statementId=${id}`, scored(id, 0.9));
      expect(conflict.status).toBe(409);
      expect(conflict.headers.get('content-type')).toContain('application/problem+json');
      expect(conflict.body.detail).toContain(`a different statement with the id ${id} is stored already`);
      expect(await courseFacts(MACHINE_LEARNING)).toMatchObject({ grade: 0.6 });
      expect([...(await listed()).keys()].filter((stored) => stored === id)).toHaveLength(1);
    });

    it('refuses a PUT whose statement names another id than statementId, or without a UUID', async () => {
      const mismatch = await xapi('PUT', `statements?statementId=${randomUUID()}`, scored(randomUUID(), 0.5));
      expect(mismatch.status).toBe(400);
      expect(mismatch.body.detail).toMatch(/is not the statementId/);
      expect((await xapi('PUT', 'statements?statementId=12', scored(randomUUID(), 0.5))).status).toBe(400);
      expect((await xapi('PUT', 'statements', scored(randomUUID(), 0.5))).status).toBe(400);
    });

    it('refuses a whole batch with one invalid statement, naming its index and field, and stores nothing', async () => {
      const [first, second] = [randomUUID(), randomUUID()];
      const invalid = { ...scored(randomUUID(), 0.5), actor: { name: 'Nobody', objectType: 'Agent' } };
      const answer = await xapi('POST', 'statements', [scored(first, 0.1), scored(second, 0.2), invalid]);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.detail).toBe(
        'statement 2: actor: an Agent needs exactly one of mbox, mbox_sha1sum, openid, account; nothing was stored',
      );
      expect(answer.body.errors).toEqual([
        {
          pointer: '/2/actor',
          message: 'statement 2: actor: an Agent needs exactly one of mbox, mbox_sha1sum, openid, account',
        },
      ]);
      const statements = await listed();
      expect([statements.has(first), statements.has(second)]).toEqual([false, false]);
      expect(await courseFacts(MACHINE_LEARNING)).toMatchObject({ grade: 0.6 });
    });

    it('refuses a batch that uses an id twice, and one larger than maxStatementsPerRequest', async () => {
      const id = randomUUID();
      const twice = await xapi('POST', 'statements', [scored(id, 0.1), scored(id, 0.2)]);
      expect(twice.status).toBe(400);
      expect(twice.body.detail).toBe(`statements 0 and 1 have the same id ${id}: a batch uses each id once`);
      const many = Array.from({ length: MAX_STATEMENTS + 1 }, () => scored(randomUUID(), 0.1));
      const tooMany = await xapi('POST', 'statements', many);
      expect([tooMany.status, tooMany.body.detail]).toEqual([
        413,
        `at most ${MAX_STATEMENTS} statements a request; this one has ${MAX_STATEMENTS + 1}`,
      ]);
    });

    it('stores statements that give no fact, saying why: an unmapped activity, an unknown learner', async () => {
      const unmappedId = randomUUID();
      const unmapped = {
        ...scored(unmappedId, 0.99),
        object: { id: 'https://elsewhere.example.org/quiz' },
      };
      const stranger = { ...h5pCompleted('nobody@example.org'), id: randomUUID() };
      const otherSystem = cmi5Passed('xlearner');
      const { account } = (otherSystem as { actor: { account: { homePage: string } } }).actor;
      account.homePage = 'https://other-lms.example.org';
      const answer = await xapi('POST', 'statements', [unmapped, stranger, otherSystem]);
      expect(answer.status).toBe(200);
      const statements = await listed();
      expect(statements.get(unmappedId)).toMatchObject({
        activity: 'https://elsewhere.example.org/quiz',
        fact: 'skipped',
        reason: "the activity is not mapped to a course by the statement's source",
      });
      expect(statements.get(stranger.id)).toMatchObject({
        course: INTRO,
        learner: null,
        fact: 'skipped',
        reason: 'no single account has the email in mbox',
      });
      expect(statements.get(otherSystem.id as string)).toMatchObject({
        fact: 'skipped',
        reason: `the actor's account.homePage is not ${LMS_HOME_PAGE} (the setting accountHomePage)`,
      });
      expect(await courseFacts(MACHINE_LEARNING)).toMatchObject({ grade: 0.6 });
    });

    it('marks a voided statement voided and leaves the facts as they are', async () => {
      const target = randomUUID();
      expect((await xapi('POST', 'statements', cmi5Passed('xlearner', target))).status).toBe(200);
      const voiding = {
        id: randomUUID(),
        actor: { mbox: 'mailto:admin@example.org' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
        object: { objectType: 'StatementRef', id: target },
      };
      expect((await xapi('POST', 'statements', voiding)).status).toBe(200);
      const statements = await listed();
      expect(statements.get(target)).toMatchObject({ voidedBy: voiding.id, fact: 'applied' });
      expect(statements.get(voiding.id)).toMatchObject({
        fact: 'skipped',
        reason: 'a voiding statement records no fact',
      });
      expect(await courseFacts(STATISTICS)).toMatchObject({ passed: true, grade: 0.82 });

      // A voiding statement may come before the statement it voids, which then records no fact.
      const [late, earlyVoiding] = [randomUUID(), randomUUID()];
      const voidsLate = { ...voiding, id: earlyVoiding, object: { objectType: 'StatementRef', id: late } };
      expect((await xapi('POST', 'statements', voidsLate)).status).toBe(200);
      expect((await xapi('POST', 'statements', scored(late, 0.1))).status).toBe(200);
      expect((await listed()).get(late)).toMatchObject({
        voidedBy: earlyVoiding,
        fact: 'skipped',
        reason: `voided by statement ${earlyVoiding}`,
      });
      expect(await courseFacts(MACHINE_LEARNING)).toMatchObject({ grade: 0.6 });
    });

    it('asks for Basic credentials of a registered source (401), then for the version header (400)', async () => {
      const statement = scored(randomUUID(), 0.3);
      for (const authorization of [undefined, 'Bearer abc', basic({ key: source.key, secret: 'wrong' })]) {
        const refused = await xapi('POST', 'statements', statement, { authorization });
        expect(refused.status).toBe(401);
        expect(refused.headers.get('www-authenticate')).toBe('Basic realm="xAPI"');
        expect(refused.headers.get('content-type')).toContain('application/problem+json');
      }
      const unversioned = await xapi('POST', 'statements', statement, {
        'x-experience-api-version': undefined,
      });
      expect([unversioned.status, unversioned.body.detail]).toEqual([
        400,
        'send the header X-Experience-API-Version: 1.0.3',
      ]);
      expect(
        (await xapi('POST', 'statements', statement, { 'x-experience-api-version': '1.0' })).status,
      ).toBe(200);
      const newer = await xapi('POST', 'statements', statement, { 'x-experience-api-version': '2.0.0' });
      expect(newer.status).toBe(400);
      expect(newer.body.detail).toContain('this LRS speaks xAPI 1.0.x');
    });

    it('refuses attachment data in multipart/mixed with a 400 that says so', async () => {
      const answer = await xapi('POST', 'statements', '--b\r\n\r\n--b--', {
        'content-type': 'multipart/mixed; boundary=b',
      });
      expect(answer.status).toBe(400);
      expect(answer.body.detail).toContain('attachment data (multipart/mixed)');
      expect(answer.headers.get('x-experience-api-version')).toBe('1.0.3');
    });

    it('answers browsers\u2019 preflights for any origin with the xAPI headers', async () => {
      for (const origin of ['https://h5p.example.org', LMS_HOME_PAGE]) {
        const preflight = await fetch(`${service.address}${PREFIX}/xapi/statements`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization, content-type, x-experience-api-version',
          },
        });
        expect(preflight.status).toBe(corsOrigins === '' ? 204 : 200);
        expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
        expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
        expect(preflight.headers.get('access-control-allow-headers')).toContain('x-experience-api-version');
        const posted = await xapi('POST', 'statements', scored(randomUUID(), 0.6), { origin });
        expect(posted.headers.get('access-control-allow-origin')).toBe('*');
        expect(posted.headers.get('access-control-expose-headers')).toBe('x-experience-api-version');
      }
    });

    it('hides the sources from anyone but administrators (404), and asks who is calling (401)', async () => {
      const routes: [string, string, unknown?][] = [
        ['GET', `${PREFIX}/sources`],
        ['POST', `${PREFIX}/sources`, { name: 'mine', activities: [] }],
        ['GET', `${PREFIX}/sources/${source.id}`],
        ['PATCH', `${PREFIX}/sources/${source.id}`, { enabled: false }],
        ['POST', `${PREFIX}/sources/${source.id}/secret`],
        ['DELETE', `${PREFIX}/sources/${source.id}`],
        ['GET', `${PREFIX}/sources/${source.id}/statements`],
      ];
      for (const [method, path, body] of routes) {
        for (const user of ['xauthor', 'xlearner']) {
          const answer = await service.call(user, method, path, body);
          expect([method, path, user, answer.status]).toEqual([method, path, user, 404]);
          expect(answer.body.detail).toBe(`no route ${method} ${path}`);
        }
        const anonymous = await fetch(`${service.address}${path}`, { method });
        expect([method, path, anonymous.status]).toEqual([method, path, 401]);
        // A source's Basic credentials are no caller of the core's.
        const bySource = await fetch(`${service.address}${path}`, {
          method,
          headers: { authorization: basic(source) },
        });
        expect([method, path, bySource.status]).toEqual([method, path, 401]);
      }
      expect((await service.call('xadmin', 'GET', `${PREFIX}/sources/${source.id}`)).body.enabled).toBe(true);
    });

    it('checks the mappings an administrator gives', async () => {
      const answer = await service.call('xadmin', 'POST', `${PREFIX}/sources`, {
        name: 'broken',
        activities: [
          { activity: 'not an iri', course: INTRO },
          { activity: H5P_CONTENT, course: 'DS100' },
          { activity: H5P_CONTENT, course: INTRO, match: 'partly' },
        ],
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
        '/activities/0/activity',
        '/activities/1/course',
        '/activities/2/match',
      ]);
    });

    it('refuses the old secret once it is rotated, and a disabled source', async () => {
      const rotated = await service.call('xadmin', 'POST', `${PREFIX}/sources/${source.id}/secret`);
      expect(rotated.status).toBe(200);
      expect(rotated.body.key).toBe(source.key);
      const old = source;
      source = { ...source, secret: rotated.body.secret };
      const statement = scored(randomUUID(), 0.6);
      expect((await xapi('POST', 'statements', statement, { authorization: basic(old) })).status).toBe(401);
      expect((await xapi('POST', 'statements', statement)).status).toBe(200);

      const disabled = await service.call('xadmin', 'PATCH', `${PREFIX}/sources/${source.id}`, {
        enabled: false,
      });
      expect([disabled.status, disabled.body.enabled]).toEqual([200, false]);
      const refused = await xapi('POST', 'statements', scored(randomUUID(), 0.6));
      expect([refused.status, refused.body.detail]).toEqual([
        401,
        'this xAPI source is disabled: ask an administrator',
      ]);
    });

    it('deletes a source and its mappings; its credentials stop working', async () => {
      expect((await service.call('xadmin', 'DELETE', `${PREFIX}/sources/${source.id}`)).status).toBe(204);
      expect((await service.call('xadmin', 'GET', `${PREFIX}/sources/${source.id}`)).status).toBe(404);
      expect((await service.call('xadmin', 'DELETE', `${PREFIX}/sources/${source.id}`)).status).toBe(404);
      expect((await xapi('POST', 'statements', scored(randomUUID(), 0.6))).status).toBe(401);
    });
  });
});
