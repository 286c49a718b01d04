import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../store/database.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { loadConfig } from '../config/config.ts';
import { buildApp } from './app.ts';

describe('the HTTP application', () => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = openStore(':memory:');
    await migrateToLatest(store);
    app = await buildApp({
      store,
      config: { ...loadConfig({}), bodyLimitBytes: 64 * 1024, logLevel: 'silent' },
    });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('answers /healthz when the database does', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect([response.statusCode, response.json()]).toEqual([200, { status: 'ok' }]);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('publishes an OpenAPI 3 document of its routes and a docs page', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/api/v1/paths/validate']),
    );
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/paths/validate',
      headers: { 'content-type': 'application/json' },
      payload: '{"key": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      type: 'about:blank',
      title: 'Bad request',
      status: 400,
      detail: expect.stringContaining('JSON') as string,
    });
  });

  it('answers a body over the limit with 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/paths/validate',
      payload: { title: 'x'.repeat(70 * 1024) },
    });
    expect([response.statusCode, response.json<{ title: string }>().title]).toEqual([
      413,
      'Payload too large',
    ]);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      type: 'about:blank',
      title: 'Not found',
      status: 404,
      detail: 'no route GET /api/v1/nothing',
    });
  });

  it('answers 503 when the database is gone', async () => {
    // Nothing listens on port 1: every connection attempt is refused.
    const gone = openStore('postgres://postgres@127.0.0.1:1/none');
    const broken = await buildApp({
      store: gone,
      config: { ...loadConfig({}), bodyLimitBytes: 1024, logLevel: 'silent' },
    });
    const response = await broken.inject({ method: 'GET', url: '/healthz' });
    expect([response.statusCode, response.json<{ detail: string }>().detail]).toEqual([
      503,
      'the database does not answer',
    ]);
    await broken.close();
    await gone.close();
  });
});
