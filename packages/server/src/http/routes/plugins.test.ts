// The plugins in the HTTP API: GET /api/v1/plugins (settings for administrators only, secrets
// masked), a plugin's routes under /api/v1/plugins/{id}/ with the core's caller, errors and OpenAPI
// document, what the host tells a plugin of paths and accounts, and a plugin's criterion in paths the
// server validates and evaluates.
import { validatePath } from '@learning-paths/core';
import { describe, expect, it } from 'vitest';
import { fixture, keptLog, pluginsConfig } from '../../../test/plugins/plugin-fixtures.ts';
import { useTestApp } from '../../../test/test-app.ts';
import { loadConfig } from '../../config/config.ts';
import { loadPlugins } from '../../plugins/load-plugins.ts';
import { buildApp } from '../app.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const COURSE = 'course-v1:DemoU+DS100+2026';
const PATH_KEY = 'path-v1:DemoU+HALF+2026+a';
/** A path whose one step needs half of its course: the plugin's criterion. */
const HALF_PATH = {
  key: PATH_KEY,
  title: 'Half done',
  requirements: {
    id: 'root',
    rule: 'all',
    children: [{ id: 'intro', course: COURSE, criteria: { halfDone: 0.5 } }],
  },
};

describe('plugins in the HTTP API', () => {
  const { app, as, store } = useTestApp({
    now: NOW,
    admins: ['root'],
    users: {
      root: [],
      learner: [],
      outsider: [],
      author: [{ role: 'author', scope: 'org:DemoU' }],
      teacher: [{ role: 'instructor', scope: `path:${PATH_KEY}` }],
      lms: [{ role: 'service', scope: '*' }],
    },
    plugins: (store) =>
      loadPlugins(
        pluginsConfig([fixture('good')], { environment: { LP_PLUGIN_ORG_EXAMPLE_GOOD_API_KEY: 'sesame' } }),
        keptLog(),
        store.db,
      ),
  });

  it("answers a plugin's route with the caller and the request's time, and 401 problem+json without one", async () => {
    const answer = await app().inject({
      url: '/api/v1/plugins/org.example.good/whoami',
      headers: as('author'),
    });
    expect([answer.statusCode, answer.json()]).toEqual([
      200,
      {
        username: 'author',
        isAdmin: false,
        grants: [{ role: 'author', scope: 'org:DemoU' }],
        now: NOW.toISOString(),
        greeting: 'hello',
      },
    ]);
    const nobody = await app().inject({ url: '/api/v1/plugins/org.example.good/signed-in' });
    const somebody = await app().inject({
      url: '/api/v1/plugins/org.example.good/signed-in',
      headers: as('author'),
    });
    expect([nobody.json(), somebody.json()]).toEqual([{ caller: null }, { caller: 'author' }]);
    const anonymous = await app().inject({ url: '/api/v1/plugins/org.example.good/whoami' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(anonymous.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it("answers a plugin's failures as problem+json, as the core's", async () => {
    const failed = await app().inject({
      url: '/api/v1/plugins/org.example.good/fail',
      headers: as('learner'),
    });
    expect([failed.statusCode, failed.headers['content-type']]).toEqual([
      500,
      'application/problem+json; charset=utf-8',
    ]);
    const refused = await app().inject({
      method: 'POST',
      url: '/api/v1/plugins/org.example.good/facts',
      headers: as('learner'),
      payload: [],
    });
    expect([refused.statusCode, refused.json()]).toEqual([
      403,
      expect.objectContaining({ status: 403, detail: 'only administrators may record facts here' }),
    ]);
    const unknown = await app().inject({
      url: '/api/v1/plugins/org.example.good/nothing',
      headers: as('learner'),
    });
    expect([unknown.statusCode, unknown.headers['content-type']]).toEqual([
      404,
      'application/problem+json; charset=utf-8',
    ]);
  });

  it('mounts routes a plugin asks for at the root there, and stops start-up on one the core has', async () => {
    const fixed = await app().inject({ url: '/.well-known/good.json' });
    expect([fixed.statusCode, fixed.json()]).toEqual([200, { good: true }]);
    const clashing = await loadPlugins(pluginsConfig([fixture('root-clash')]), keptLog());
    await expect(
      buildApp({ store: store(), config: { ...loadConfig({}), logLevel: 'silent' }, plugins: clashing }),
    ).rejects.toThrow(/^plugin org\.example\.root-clash: its routes could not be mounted: .*healthz/);
  });

  it('documents the plugin routes in the OpenAPI document, under the plugin tag', async () => {
    await app().ready();
    const document = app().swagger() as { paths: Record<string, Record<string, { tags?: string[] }>> };
    expect(document.paths['/api/v1/plugins/org.example.good/whoami']?.get?.tags).toEqual([
      'plugin:org.example.good',
    ]);
    expect(document.paths['/api/v1/plugins']?.get?.tags).toEqual(['plugins']);
  });

  it('lists the plugins to any signed-in caller, with their settings, secrets masked, to administrators only', async () => {
    const listed = await app().inject({ url: '/api/v1/plugins', headers: as('learner') });
    expect([listed.statusCode, listed.headers['cache-control'], listed.json()]).toEqual([
      200,
      'no-store',
      { apiVersion: 1, plugins: [{ id: 'org.example.good', version: '1.2.3', apiVersions: [1] }] },
    ]);
    const forAdmin = await app().inject({ url: '/api/v1/plugins', headers: as('root') });
    expect(forAdmin.json()).toEqual({
      apiVersion: 1,
      plugins: [
        {
          id: 'org.example.good',
          version: '1.2.3',
          apiVersions: [1],
          settings: { greeting: 'hello', maxNotes: 10, apiKey: '********' },
        },
      ],
    });
    expect((await app().inject({ url: '/api/v1/plugins' })).statusCode).toBe(401);
  });

  it("validates, publishes and evaluates paths with the plugin's criterion, which core's default rules lack", async () => {
    expect(validatePath(HALF_PATH).valid).toBe(false);
    const validated = await app().inject({
      method: 'POST',
      url: '/api/v1/paths/validate',
      headers: as('learner'),
      payload: HALF_PATH,
    });
    expect(validated.json()).toEqual({ valid: true, errors: [] });
    const post = (url: string, user: string, payload?: object) =>
      app().inject({ method: 'POST', url, headers: as(user), ...(payload ? { payload } : {}) });
    await post('/api/v1/courses', 'author', {
      courses: [{ key: COURSE, title: 'Intro', lmsUrl: 'https://lms.example.org/intro/' }],
    });
    expect((await post('/api/v1/paths', 'author', HALF_PATH)).statusCode).toBe(201);
    expect((await post(`/api/v1/paths/${PATH_KEY}/publish`, 'author')).statusCode).toBe(200);
    expect(
      (await post(`/api/v1/paths/${PATH_KEY}/enrollments`, 'author', { learners: ['learner'] })).statusCode,
    ).toBe(200);
    await post('/api/v1/facts', 'lms', { facts: [{ user: 'learner', course: COURSE, completion: 0.5 }] });
    const evaluation = await app().inject({ url: `/api/v1/me/paths/${PATH_KEY}`, headers: as('learner') });
    expect(evaluation.statusCode).toBe(200);
    expect(evaluation.json()).toMatchObject({ evaluation: { completed: true } });
  });

  it('tells a route what the caller may see of a path, as the core decides, and the plugin what it is', async () => {
    // Runs after the test above, which published and enrolled.
    const seen = (user: string, access: string) =>
      app().inject({
        url: `/api/v1/plugins/org.example.good/paths/${PATH_KEY}/as/${access}`,
        headers: as(user),
      });
    const path = {
      key: PATH_KEY,
      org: 'DemoU',
      title: 'Half done',
      status: 'published',
      version: 1,
      definition: 'Half done',
    };
    expect((await seen('learner', 'learner')).json()).toEqual(path);
    expect((await seen('teacher', 'staff')).json()).toEqual(path);
    expect((await seen('author', 'author')).json()).toEqual(path);
    // Not enrolled on an invite-only path: as if it did not exist. An instructor may not change it.
    expect((await seen('outsider', 'learner')).json()).toMatchObject({ status: 404 });
    expect((await seen('learner', 'staff')).json()).toMatchObject({ status: 404 });
    expect((await seen('teacher', 'author')).json()).toMatchObject({ status: 403 });
    const read = (url: string) =>
      app().inject({ url: `/api/v1/plugins/org.example.good${url}`, headers: as('outsider') });
    expect((await read(`/paths/${PATH_KEY}`)).json()).toEqual(path);
    expect((await read('/paths/path-v1:DemoU+NONE+2026+a')).body).toBe('null');
    const accounts = await read(
      `/users/learner?path=${encodeURIComponent(PATH_KEY)}&email=nobody@example.org`,
    );
    expect(accounts.json()).toEqual({
      account: { username: 'learner', email: null, displayName: null },
      byEmail: null,
      enrolled: true,
    });
    expect((await read(`/users/outsider?path=${encodeURIComponent(PATH_KEY)}`)).json()).toMatchObject({
      enrolled: false,
    });
  });
});
