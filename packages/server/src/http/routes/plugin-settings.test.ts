// Plugins' settings for administrators: the form's JSON Schema and the values in force (secrets
// masked, the environment's shown as locked), saving checked by the plugin's own schema, in force at
// once and at the next start, audited by name; 404 for anyone else.
import { describe, expect, it } from 'vitest';
import { fixture, keptLog, pluginsConfig } from '../../../test/plugins/plugin-fixtures.ts';
import { useTestApp } from '../../../test/test-app.ts';
import { loadPlugins } from '../../plugins/load-plugins.ts';
import { openPlugins } from '../../plugins/open-plugins.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const ID = 'org.example.good';
const config = pluginsConfig([fixture('good')], {
  environment: { LP_PLUGIN_ORG_EXAMPLE_GOOD_API_KEY: 'sesame' },
});

describe('plugin settings', () => {
  const { app, as, store } = useTestApp({
    now: NOW,
    admins: ['root'],
    users: {
      root: [],
      instructor: [{ role: 'instructor', scope: '*' }],
    },
    plugins: (store) => loadPlugins(config, keptLog(), store.db),
  });
  const put = (values: object, headers = as('root')) =>
    app().inject({ method: 'PUT', url: `/api/v1/plugin-settings/${ID}`, headers, payload: { values } });
  const greeting = async () =>
    (await app().inject({ url: `/api/v1/plugins/${ID}/whoami`, headers: as('instructor') })).json<{
      greeting: string;
    }>().greeting;

  it('gives administrators the schema, the values in force with secrets masked, and what the environment sets', async () => {
    const answer = await app().inject({ url: `/api/v1/plugin-settings/${ID}`, headers: as('root') });
    expect([answer.statusCode, answer.headers['cache-control']]).toEqual([200, 'no-store']);
    const view = answer.json();
    expect(view).toMatchObject({
      id: ID,
      version: '1.2.3',
      values: { greeting: 'hello', maxNotes: 10, apiKey: '********' },
      secrets: ['apiKey'],
      saved: [],
      locked: [{ name: 'apiKey', variable: 'LP_PLUGIN_ORG_EXAMPLE_GOOD_API_KEY' }],
      updatedBy: null,
      history: [],
    });
    expect(view.schema).toMatchObject({
      type: 'object',
      properties: {
        greeting: { type: 'string', default: 'hello' },
        maxNotes: { type: 'integer', default: 10 },
        apiKey: { type: 'string' },
      },
    });
    // A secret's default is a secret too.
    expect(view.schema.properties.apiKey).not.toHaveProperty('default');
  });

  it('answers 404 to anyone but administrators, and for a plugin not loaded', async () => {
    const asInstructor = await app().inject({
      url: `/api/v1/plugin-settings/${ID}`,
      headers: as('instructor'),
    });
    expect(asInstructor.statusCode).toBe(404);
    expect((await put({ greeting: 'hi' }, as('instructor'))).statusCode).toBe(404);
    const unknown = await app().inject({
      url: '/api/v1/plugin-settings/org.example.none',
      headers: as('root'),
    });
    expect(unknown.statusCode).toBe(404);
    expect(await greeting()).toBe('hello');
  });

  it('refuses invalid values at their pointer, unknown names and settings the environment sets, saving nothing', async () => {
    const invalid = await put({ greeting: 'hi', maxNotes: '-3' });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors).toEqual([
      { pointer: '/values/maxNotes', message: expect.stringContaining('>0') },
    ]);
    const locked = await put({ apiKey: 'other' });
    expect(locked.json().errors).toEqual([
      {
        pointer: '/values/apiKey',
        message: 'set by LP_PLUGIN_ORG_EXAMPLE_GOOD_API_KEY in the environment, which wins',
      },
    ]);
    expect((await put({ colour: 'blue' })).json().errors).toEqual([
      { pointer: '/values/colour', message: 'org.example.good has no setting colour' },
    ]);
    expect(await greeting()).toBe('hello');
    expect(await store().db.selectFrom('plugin_settings').selectAll().execute()).toEqual([]);
  });

  it('saves valid settings as the environment would give them, in force at once, audited by name', async () => {
    const saved = await put({ greeting: 'bonjour', maxNotes: '25' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      values: { greeting: 'bonjour', maxNotes: 25, apiKey: '********' },
      updatedBy: 'root',
      updatedAt: NOW.toISOString(),
      history: [{ changed: ['greeting', 'maxNotes'], actor: 'root', at: NOW.toISOString() }],
    });
    expect(await greeting()).toBe('bonjour');
  });

  it('keeps the saved settings for the next start, under the environment', async () => {
    const reloaded = await openPlugins(
      {
        plugins: {
          ...config.plugins,
          environment: { ...config.plugins.environment, LP_PLUGIN_ORG_EXAMPLE_GOOD_MAX_NOTES: '7' },
        },
      },
      store(),
      keptLog(),
    );
    expect(reloaded.plugins[0]!.settings).toEqual({ greeting: 'bonjour', maxNotes: 7, apiKey: 'sesame' });
  });

  it('keeps saved values not sent, and goes back to the default when one is removed', async () => {
    // maxNotes, not sent, keeps its saved value.
    const reset = await put({ greeting: null });
    expect(reset.json()).toMatchObject({
      values: { greeting: 'hello', maxNotes: 25 },
      saved: ['maxNotes'],
      history: [{ changed: ['greeting'] }, { changed: ['greeting', 'maxNotes'] }],
    });
    expect(await greeting()).toBe('hello');
  });
});
