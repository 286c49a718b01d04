import { describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { useTestApp } from '../../../test/test-app.ts';
import type { Store } from '../../store/database.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
let now = NOW;

const lmsKeys = await generateKeyPair('RS256');
const openedxJwt = {
  jwks: { keys: [{ ...(await exportJWK(lmsKeys.publicKey)), kid: 'lms', alg: 'RS256' }] },
};

/** The Open edX JWT cookie pair of a learner, as the LMS sets it. */
async function lmsCookies(username: string, userId: number): Promise<string> {
  const jwt = await new SignJWT({
    preferred_username: username,
    email: `${username}@example.org`,
    user_id: userId,
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'lms' })
    .setIssuedAt(Math.floor(NOW.getTime() / 1000))
    .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 3600)
    .sign(lmsKeys.privateKey);
  const [header, payload, signature] = jwt.split('.');
  return `edx-jwt-cookie-header-payload=${header}.${payload}; edx-jwt-cookie-signature=${signature}`;
}

/**
 * The Set-Cookie headers of the three answers that set the session cookie, each request sent with
 * `headers`: signing in with a password, GET /api/v1/me signed in by the LMS cookies, signing out.
 */
async function sessionCookiesSet(app: FastifyInstance, headers: Record<string, string>): Promise<string[]> {
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    headers,
    payload: { username: 'ann', password: 'correct horse battery' },
  });
  const me = await app.inject({
    url: '/api/v1/me',
    headers: { ...headers, cookie: await lmsCookies('lena', 7) },
  });
  const signOut = await app.inject({
    method: 'DELETE',
    url: '/api/v1/session',
    headers: {
      ...headers,
      cookie: sessionCookie(signIn),
      'x-csrf-token': signIn.json<{ csrfToken: string }>().csrfToken,
    },
  });
  return [signIn, me, signOut].map((response) => String(response.headers['set-cookie']));
}

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
    openedxJwt,
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

  it('answers 429 problem+json with Retry-After once a username has had 5 wrong passwords', async () => {
    const attempt = () =>
      app().inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { username: 'zed', password: 'wrong' },
        remoteAddress: '203.0.113.5',
      });
    for (let index = 0; index < 5; index++) expect((await attempt()).statusCode).toBe(401);
    const refused = await attempt();
    expect([refused.statusCode, refused.headers['retry-after'], refused.headers['content-type']]).toEqual([
      429,
      '1',
      'application/problem+json; charset=utf-8',
    ]);
    expect(refused.json()).toMatchObject({
      status: 429,
      title: 'Too many requests',
      detail: /try again in 1 s$/,
    });
  });

  it('counts attempts by the address of the connection, not by a forged X-Forwarded-For', async () => {
    await app().inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'x-forwarded-for': '198.51.100.99' },
      payload: { username: 'yan', password: 'wrong' },
      remoteAddress: '203.0.113.9',
    });
    const addresses = await store()
      .db.selectFrom('sign_in_failures')
      .select('key')
      .where('kind', '=', 'address')
      .execute();
    expect(addresses.map(({ key }) => key)).toEqual(expect.arrayContaining(['203.0.113.9']));
    expect(addresses.map(({ key }) => key)).not.toContain('198.51.100.99');
  });

  it('ignores a forged X-Forwarded-Proto: no Secure cookie over plain http', async () => {
    const cookies = await sessionCookiesSet(app(), { 'x-forwarded-proto': 'https' });
    expect(cookies).toHaveLength(3);
    for (const cookie of cookies)
      expect(cookie).toMatch(/^lp_session=[^;]*; HttpOnly; SameSite=Lax; Path=\/; Max-Age=\d+$/);
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

describe('session routes behind a reverse proxy (TRUST_PROXY=true)', () => {
  const { app, store } = useTestApp({
    now: NOW,
    users: { ann: [] },
    passwords: { ann: 'correct horse battery' },
    openedxJwt,
    trustProxy: true,
  });

  it('makes every session cookie Secure when X-Forwarded-Proto says https, and only then', async () => {
    for (const cookie of await sessionCookiesSet(app(), { 'x-forwarded-proto': 'https' }))
      expect(cookie).toMatch(/^lp_session=[^;]*; HttpOnly; SameSite=Lax; Path=\/; Max-Age=\d+; Secure$/);
    for (const cookie of await sessionCookiesSet(app(), { 'x-forwarded-proto': 'http' }))
      expect(cookie).not.toContain('Secure');
  });

  it("counts sign-in attempts by the client's address the proxy gives", async () => {
    await app().inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'x-forwarded-for': '198.51.100.99' },
      payload: { username: 'yan', password: 'wrong' },
    });
    const addresses = await store()
      .db.selectFrom('sign_in_failures')
      .select('key')
      .where('kind', '=', 'address')
      .execute();
    expect(addresses.map(({ key }) => key)).toContain('198.51.100.99');
  });
});

/** The client addresses sign-in attempts have been counted for. */
async function countedAddresses(store: Store): Promise<string[]> {
  const rows = await store.db
    .selectFrom('sign_in_failures')
    .select('key')
    .where('kind', '=', 'address')
    .execute();
  return rows.map(({ key }) => key);
}

describe('session routes behind one reverse proxy (TRUST_PROXY=1)', () => {
  const { app, store } = useTestApp({
    now: NOW,
    users: { ann: [] },
    passwords: { ann: 'correct horse battery' },
    openedxJwt,
    trustProxy: 1,
  });

  it('counts the address the proxy appended, not a forged entry before it', async () => {
    // The client sent X-Forwarded-For: 6.6.6.6; the proxy (the connection's peer) appended its own peer.
    await app().inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' },
      payload: { username: 'yan', password: 'wrong' },
    });
    const addresses = await countedAddresses(store());
    expect(addresses).toContain('198.51.100.7');
    expect(addresses).not.toContain('6.6.6.6');
  });

  it('believes the X-Forwarded-Proto of the proxy: Secure cookies behind HTTPS', async () => {
    for (const cookie of await sessionCookiesSet(app(), { 'x-forwarded-proto': 'https' }))
      expect(cookie).toMatch(/; Secure$/);
  });
});

describe('session routes behind listed reverse proxies (TRUST_PROXY=10.0.0.5,192.168.0.0/16)', () => {
  const { app, store } = useTestApp({
    now: NOW,
    users: { ann: [] },
    passwords: { ann: 'correct horse battery' },
    openedxJwt,
    trustProxy: ['10.0.0.5', '192.168.0.0/16'],
  });
  const signInFrom = (remoteAddress: string, forwardedFor: string) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { username: 'yan', password: 'wrong' },
      remoteAddress,
    });

  it('believes X-Forwarded-For as far as the listed proxies, and stops at the first other address', async () => {
    await signInFrom('10.0.0.5', '6.6.6.6, 198.51.100.8');
    await signInFrom('10.0.0.5', '6.6.6.7, 198.51.100.9, 192.168.3.4');
    const addresses = await countedAddresses(store());
    expect(addresses).toEqual(expect.arrayContaining(['198.51.100.8', '198.51.100.9']));
    for (const notCounted of ['6.6.6.6', '6.6.6.7', '192.168.3.4'])
      expect(addresses).not.toContain(notCounted);
  });

  it('ignores X-Forwarded-For and -Proto from a peer that is not a listed proxy', async () => {
    await signInFrom('203.0.113.10', '198.51.100.10');
    const addresses = await countedAddresses(store());
    expect(addresses).toContain('203.0.113.10');
    expect(addresses).not.toContain('198.51.100.10');
    for (const cookie of await sessionCookiesSet(app(), { 'x-forwarded-proto': 'https' }))
      expect(cookie).not.toContain('Secure');
  });

  it('believes the X-Forwarded-Proto of a listed proxy', async () => {
    const headers = { 'x-forwarded-proto': 'https' };
    const fromProxy = await app().inject({
      method: 'POST',
      url: '/api/v1/session',
      headers,
      payload: { username: 'ann', password: 'correct horse battery' },
      remoteAddress: '192.168.7.7',
    });
    expect(fromProxy.statusCode).toBe(200);
    expect(String(fromProxy.headers['set-cookie'])).toMatch(/; Secure$/);
  });
});
