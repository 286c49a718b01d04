import { describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { useTestApp } from '../../../test/test-app.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
let now = NOW;

/** The `name=value` to send back, from a response's Set-Cookie. */
function sessionCookie(response: LightMyRequestResponse): string {
  return String(response.headers['set-cookie']).split(';')[0]!;
}

describe('session routes', () => {
  const { app, as, store } = useTestApp({
    now: NOW,
    clock: () => now,
    users: { ann: [{ role: 'author', scope: 'org:DemoU' }], lms: [] },
    passwords: { ann: 'correct horse battery' },
  });
  const signIn = (username: string, password: string) =>
    app().inject({ method: 'POST', url: '/api/v1/session', payload: { username, password } });

  it('signs in with a password: an HttpOnly cookie, the user and a CSRF token', async () => {
    const response = await signIn('ann', 'correct horse battery');
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toMatch(
      /^lp_session=[\w-]{43}; HttpOnly; SameSite=Lax; Path=\/; Max-Age=43200$/,
    );
    const body = response.json<{ csrfToken: string }>();
    expect(body).toEqual({
      user: {
        username: 'ann',
        displayName: null,
        email: null,
        isAdmin: false,
        roles: [{ role: 'author', scope: 'org:DemoU' }],
      },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    });
    const me = await app().inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: sessionCookie(response) },
    });
    expect([me.statusCode, me.json()]).toEqual([200, body]);
    // Only the hash of the cookie's value is stored.
    const value = sessionCookie(response).split('=')[1]!;
    const stored = await store().db.selectFrom('sessions').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(value);
  });

  it('answers a wrong password and an unknown user alike, and a user without a password too', async () => {
    const wrongPassword = await signIn('ann', 'correct horse batterY');
    const unknownUser = await signIn('nobody', 'correct horse battery');
    const noPassword = await signIn('lms', 'correct horse battery');
    for (const response of [wrongPassword, unknownUser, noPassword]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(unknownUser.body).toBe(wrongPassword.body);
    expect(noPassword.body).toBe(wrongPassword.body);
    expect(wrongPassword.json()).toMatchObject({ detail: 'the username or the password is wrong' });
  });

  it('needs the X-CSRF-Token of the session for writes signed in by the cookie', async () => {
    const response = await signIn('ann', 'correct horse battery');
    const cookie = sessionCookie(response);
    const { csrfToken } = response.json<{ csrfToken: string }>();
    const create = (headers: Record<string, string>) =>
      app().inject({ method: 'POST', url: '/api/v1/paths', headers, payload: {} });
    const missing = await create({ cookie });
    expect([missing.statusCode, missing.json<{ detail: string }>().detail]).toEqual([
      403,
      expect.stringMatching(/^the X-CSRF-Token header is missing or wrong/),
    ]);
    expect((await create({ cookie, 'x-csrf-token': `${csrfToken.slice(1)}x` })).statusCode).toBe(403);
    expect((await create({ cookie, 'x-csrf-token': 'short' })).statusCode).toBe(403);
    // Past authentication: the empty definition is refused for what it is.
    expect((await create({ cookie, 'x-csrf-token': csrfToken })).statusCode).toBe(422);
  });

  it('signs out: the cookie is cleared and no longer signs anyone in', async () => {
    const response = await signIn('ann', 'correct horse battery');
    const cookie = sessionCookie(response);
    const { csrfToken } = response.json<{ csrfToken: string }>();
    const withoutToken = await app().inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie },
    });
    expect(withoutToken.statusCode).toBe(403);
    const out = await app().inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(out.headers['set-cookie']).toBe('lp_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0');
    const me = await app().inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect([me.statusCode, me.json<{ detail: string }>().detail]).toEqual([
      401,
      'the session has expired or ended: sign in again',
    ]);
  });

  it('refuses a session once it has expired, and sweeps expired sessions at the next sign-in', async () => {
    const cookie = sessionCookie(await signIn('ann', 'correct horse battery'));
    const count = async () => (await store().db.selectFrom('sessions').select('id_hash').execute()).length;
    try {
      now = new Date(NOW.getTime() + 12 * 3_600_000 - 1);
      expect((await app().inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(
        200,
      );
      now = new Date(NOW.getTime() + 12 * 3_600_000);
      expect((await app().inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(
        401,
      );
      const before = await count();
      await signIn('ann', 'correct horse battery');
      // Every session so far was opened at NOW and has expired; only the new one is left.
      expect([before > 1, await count()]).toEqual([true, 1]);
    } finally {
      now = NOW;
    }
  });

  it('tells who is signed in by an API token, with no CSRF token, and refuses no credentials', async () => {
    const me = await app().inject({ method: 'GET', url: '/api/v1/me', headers: as('lms') });
    expect(me.json()).toEqual({
      user: { username: 'lms', displayName: null, email: null, isAdmin: false, roles: [] },
      csrfToken: null,
    });
    const none = await app().inject({ method: 'GET', url: '/api/v1/me' });
    expect([none.statusCode, none.json<{ detail: string }>().detail]).toEqual([
      401,
      'sign in, or send Authorization: Bearer <api token>',
    ]);
  });

  it('documents its routes in OpenAPI', async () => {
    const document = (await app().inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags?: string[] }>>;
    }>();
    expect(document.paths['/api/v1/session']).toMatchObject({
      post: { tags: ['session'] },
      delete: { tags: ['session'] },
    });
    expect(document.paths['/api/v1/me']).toMatchObject({ get: { tags: ['session'] } });
  });
});
