// The plugins' browser bundles over HTTP: the public list with hashed URLs, each bundle served as
// JavaScript with an ETag (kept for good under its hashed URL, revalidated under the bare one), 404
// for a plugin without one, and pages whose policy lets the apps import them (script-src 'self').
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, keptLog, pluginsConfig } from '../../../test/plugins/plugin-fixtures.ts';
import { useTestApp } from '../../../test/test-app.ts';
import { loadPlugins } from '../../plugins/load-plugins.ts';
import { contentSecurityPolicy } from '../security-headers.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');

describe("plugins' browser bundles", () => {
  const { app } = useTestApp({
    now: NOW,
    users: {},
    plugins: (store) =>
      loadPlugins(pluginsConfig([fixture('ui'), fixture('ui-throws')]), keptLog(), store.db),
  });

  const list = async () => {
    const answer = await app().inject({ url: '/api/v1/plugins/ui' });
    expect([answer.statusCode, answer.headers['cache-control']]).toEqual([200, 'no-cache']);
    return answer.json<{ id: string; url: string }[]>();
  };

  it('lists each bundle with a URL carrying its hash, to anyone, in LP_PLUGINS order', async () => {
    const bundles = await list();
    expect(bundles.map(({ id }) => id)).toEqual(['org.example.ui', 'org.example.ui-throws']);
    expect(bundles[0]!.url).toMatch(/^\/plugins\/org\.example\.ui\/ui\.js\?v=[\w-]{22}$/);
  });

  it('serves a bundle as JavaScript, kept for good under its hashed URL, 304 when unchanged', async () => {
    const { url } = (await list())[0]!;
    const answer = await app().inject({ url });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.body).toBe(readFileSync(join(fixture('ui'), 'browser.js'), 'utf8'));
    const etag = answer.headers.etag as string;
    expect(etag).toBe(`"${url.split('?v=')[1]}"`);
    const again = await app().inject({ url, headers: { 'if-none-match': etag } });
    expect([again.statusCode, again.body]).toEqual([304, '']);
    // The bare URL (an older hash, none at all) is revalidated: a restart may have changed it.
    const bare = await app().inject({ url: '/plugins/org.example.ui/ui.js?v=old' });
    expect([bare.statusCode, bare.headers['cache-control'], bare.headers.etag]).toEqual([
      200,
      'no-cache',
      etag,
    ]);
  });

  it('answers 404 problem+json for a plugin without a bundle', async () => {
    const answer = await app().inject({ url: '/plugins/org.example.none/ui.js' });
    expect(answer.statusCode).toBe(404);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('lets pages import same-origin modules and nothing else', () => {
    const policy = contentSecurityPolicy({ imageHosts: [], frameAncestors: [] });
    expect(policy.split('; ')).toContain("script-src 'self'");
  });
});

describe('no plugin with a bundle', () => {
  const { app } = useTestApp({ now: NOW, users: {} });

  it('lists none', async () => {
    const answer = await app().inject({ url: '/api/v1/plugins/ui' });
    expect([answer.statusCode, answer.json()]).toEqual([200, []]);
  });
});
