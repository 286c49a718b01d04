import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { useTestApp } from '../../test/test-app.ts';
import { PNG_1X1 } from '../../test/sample-images.ts';
import { loadConfig } from '../config/config.ts';
import { openStore, type Store } from '../store/database.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { buildApp } from './app.ts';

const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";

describe('security headers', () => {
  const { app, as } = useTestApp({
    now: new Date('2026-03-01T10:00:00.000Z'),
    users: { author: [{ role: 'author', scope: 'org:DemoU' }] },
  });

  it('go on every page, API answer and error: a strict policy, no framing, no sniffing, no referrer', async () => {
    const requests = [
      { url: '/learn/' },
      { url: '/studio/paths/x' },
      { url: '/api/docs/' },
      { url: '/api/v1/paths', headers: as('author') },
      { url: '/api/v1/paths' },
      { url: '/api/learning_paths/v1/learning-paths/', headers: as('author') },
      { url: '/api/v1/nothing' },
      { url: '/healthz' },
    ];
    for (const request of requests) {
      const { headers } = await app().inject(request);
      // A page of the web apps also names the nonce its scripts' <style> elements carry.
      const policy = String(headers['content-security-policy']).replace(/ 'nonce-[^']+'/, '');
      expect([
        request.url,
        policy,
        headers['x-frame-options'],
        headers['x-content-type-options'],
        headers['referrer-policy'],
      ]).toEqual([request.url, STRICT, 'DENY', 'nosniff', 'same-origin']);
    }
  });

  it('forbid storing API answers and errors, and leave public files their caching', async () => {
    const uploaded = await app().inject({
      method: 'POST',
      url: '/api/v1/images',
      headers: { ...as('author'), 'content-type': 'image/png' },
      payload: PNG_1X1,
    });
    const cacheControl = async (url: string, headers = {}) =>
      (await app().inject({ url, headers })).headers['cache-control'];
    for (const [url, headers] of [
      ['/api/v1/paths', as('author')],
      ['/api/learning_paths/v1/learning-paths/', as('author')],
      ['/api/v1/paths', {}],
      ['/api/v1/nothing', {}],
      ['/assets/nothing.js', {}],
    ] as const)
      expect([url, await cacheControl(url, headers)]).toEqual([url, 'no-store']);
    expect(uploaded.headers['cache-control']).toBe('no-store');
    // The same for everyone: an uploaded image (with its own stricter policy) and the docs' files.
    const image = await app().inject({ url: uploaded.json<{ url: string }>().url });
    expect(image.headers).toMatchObject({
      'cache-control': 'public, max-age=31536000, immutable',
      'content-security-policy': "default-src 'none'",
    });
    expect(await cacheControl('/api/docs/static/swagger-ui.css')).toBe('public, max-age=0');
  });
});

describe('security headers with allowed image hosts and frame ancestors', () => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = openStore(':memory:');
    await migrateToLatest(store);
    const config = loadConfig({
      IMAGE_HOSTS: 'https://cdn.example.org',
      FRAME_ANCESTORS: 'https://lms.example.org, https://apps.lms.example.org',
    });
    app = await buildApp({ store, config: { ...config, logLevel: 'silent' } });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('let those hosts show images and those origins frame the pages, and send no X-Frame-Options', async () => {
    const page = await app.inject({ url: '/studio/' });
    const policy = page.headers['content-security-policy'];
    expect(policy).toContain("img-src 'self' data: https://cdn.example.org;");
    expect(policy).toMatch(
      /; frame-ancestors https:\/\/lms\.example\.org https:\/\/apps\.lms\.example\.org$/,
    );
    expect(page.headers['x-frame-options']).toBeUndefined();
  });
});
