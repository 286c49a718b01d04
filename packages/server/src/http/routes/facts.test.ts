// POST /api/v1/facts as its callers see it: facts from the future refused at their pointers, and the
// fields plugins' criteria declare accepted, checked, kept newest-first and evaluated, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, keptLog, pluginsConfig } from '../../../test/plugins/plugin-fixtures.ts';
import { useTestApp } from '../../../test/test-app.ts';
import { testDatabases } from '../../../test/test-databases.ts';
import { loadPlugins } from '../../plugins/load-plugins.ts';

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

  it('refuses any field but its own when no criterion declares one, at the field', async () => {
    const response = await post([{ user: 'ada', course: COURSE, completion: 1, approvedByStaff: true }]);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        pointer: '/facts/0/approvedByStaff',
        message: 'unknown field: no registered criterion declares fact fields',
      },
    ]);
  });
});

const PATH_KEY = 'path-v1:DemoU+PORT+2026+a';
const PORTFOLIO = 'course-v1:DemoU+PORT100+2026';

describe.each(await testDatabases())('facts a plugin criterion declares, on $name', (database) => {
  // Registered before the app's own: run after it, once the app has closed the database.
  let dispose: (() => Promise<void>) | undefined;
  afterAll(() => dispose?.());
  const { app, as, store } = useTestApp({
    now: NOW,
    users: {
      author: [{ role: 'author', scope: 'org:DemoU' }],
      lms: [{ role: 'service', scope: '*' }],
      ada: [],
    },
    store: async () => {
      const opened = await database.open();
      dispose = opened.dispose;
      return opened.store;
    },
    plugins: (store) => loadPlugins(pluginsConfig([fixture('criterion-facts')]), keptLog(), store.db),
  });
  const call = (method: 'GET' | 'POST', url: string, user: string, payload?: object) =>
    app().inject({ method, url, headers: as(user), ...(payload ? { payload } : {}) });
  const post = (facts: object[]) => call('POST', '/api/v1/facts', 'lms', { facts });
  const portfolioStep = async () =>
    (await call('GET', `/api/v1/me/paths/${PATH_KEY}`, 'ada')).json().evaluation.nodes.portfolio;

  beforeAll(async () => {
    const created = await call('POST', '/api/v1/paths', 'author', {
      key: PATH_KEY,
      title: 'Portfolio',
      requirements: {
        id: 'root',
        rule: 'all',
        children: [
          { id: 'intro', course: COURSE, criteria: { completion: 1 } },
          { id: 'portfolio', course: PORTFOLIO, criteria: { approvedByStaff: true } },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    expect((await call('POST', `/api/v1/paths/${PATH_KEY}/publish`, 'author')).statusCode).toBe(200);
    await call('POST', `/api/v1/paths/${PATH_KEY}/enrollments`, 'author', { learners: ['ada'] });
  });

  it('satisfies the step whose criterion reads the field, and keeps the newest value by time', async () => {
    expect(await portfolioStep()).toMatchObject({ satisfied: false, progress: 0 });
    const approved = { user: 'ada', course: PORTFOLIO, approvedByStaff: true, time: '2026-03-01T09:00:00Z' };
    expect((await post([approved])).json()).toEqual({ applied: 1, ignored: 0, rejected: [] });
    expect(await portfolioStep()).toMatchObject({ status: 'completed', satisfied: true, progress: 1 });
    const completed = await store()
      .db.selectFrom('plugin_events')
      .select('data')
      .where('type', '=', 'step.completed')
      .execute();
    expect(completed.map(({ data }) => JSON.parse(data) as unknown)).toEqual([
      { pathKey: PATH_KEY, learner: 'ada', step: 'portfolio' },
    ]);
    // A decision taken earlier, arriving late, leaves the newer one; its completion still counts.
    const declinedBefore = {
      ...approved,
      approvedByStaff: false,
      completion: 1,
      time: '2026-03-01T08:00:00Z',
    };
    expect((await post([declinedBefore])).json()).toEqual({ applied: 1, ignored: 0, rejected: [] });
    expect(await portfolioStep()).toMatchObject({ satisfied: true });
    expect((await post([{ ...declinedBefore, completion: undefined }])).json()).toMatchObject({ ignored: 1 });
    const progress = await call('GET', `/api/v1/learners/ada/paths/${PATH_KEY}`, 'author');
    expect(progress.json()).toMatchObject({ progress: 0.5 });
    // A later decline takes the approval back.
    expect(
      (await post([{ ...approved, approvedByStaff: false, time: '2026-03-01T09:30:00Z' }])).json(),
    ).toMatchObject({ applied: 1 });
    expect(await portfolioStep()).toMatchObject({ satisfied: false, progress: 0 });
  });

  it('refuses an undeclared field and a declared one of the wrong type at their pointers, recording none', async () => {
    const valid = { user: 'ada', course: COURSE, completion: 1 };
    const response = await post([
      valid,
      { user: 'ada', course: PORTFOLIO, approvedByStaff: 'yes' },
      valid,
      { user: 'ada', course: PORTFOLIO, approvedByStaf: true },
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({ status: 400, detail: 'the request body is not valid' });
    expect(response.json().errors).toEqual([
      { pointer: '/facts/1/approvedByStaff', message: expect.stringContaining('boolean') as string },
      {
        pointer: '/facts/3/approvedByStaf',
        message: 'unknown field: the fields registered criteria declare are approvedByStaff',
      },
      {
        pointer: '/facts/3',
        message: 'a fact needs at least one of completion, grade, passed, enrolled, approvedByStaff',
      },
    ]);
    const intro = (await call('GET', `/api/v1/me/paths/${PATH_KEY}`, 'ada')).json().evaluation.nodes.intro;
    expect(intro.satisfied).toBe(false);
  });

  it('documents the declared fields as additional properties of a fact', async () => {
    const document = (await app().inject({ url: '/api/openapi.json' })).json();
    const body = document.paths['/api/v1/facts'].post.requestBody.content['application/json'].schema;
    expect(body.properties.facts.items.additionalProperties).toEqual({
      description: expect.stringMatching(/^Fields declared by registered criteria/) as string,
    });
  });
});
