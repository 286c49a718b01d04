import { beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { useTestApp } from '../../test/test-app.ts';
import { ApiTokenRepository } from '../store/repositories/api-token-repository.ts';
import { UserRepository } from '../store/repositories/user-repository.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const ISSUER = 'https://lms.example.org/oauth2';
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

const lms = await generateKeyPair('RS256');
// Open edX signs with RS512 too (JWT_AUTH's JWT_ALGORITHM); its JWK set may list both keys.
const lms512 = await generateKeyPair('RS512');
const stranger = await generateKeyPair('RS256');
const jwks = {
  keys: [
    { ...(await exportJWK(lms.publicKey)), kid: 'lms-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(lms512.publicKey)), kid: 'lms-2', alg: 'RS512', use: 'sig' },
  ],
};

interface TokenOptions {
  readonly key?: CryptoKey;
  readonly issuer?: string;
  readonly expiresAt?: Date;
}

/** A token as the LMS issues them, signed at NOW. */
function token(claims: JWTPayload, { key = lms.privateKey, issuer = ISSUER, expiresAt }: TokenOptions = {}) {
  return new SignJWT({ scopes: ['user_id', 'email', 'profile'], ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'lms-1' })
    .setIssuer(issuer)
    .setAudience('openedx')
    .setIssuedAt(seconds(NOW))
    .setExpirationTime(seconds(expiresAt ?? new Date(NOW.getTime() + 3_600_000)))
    .sign(key);
}

const staff = { preferred_username: 'sam', email: 'Sam@Example.org', administrator: true, user_id: 42 };

describe('Open edX JWTs', () => {
  const { app, store } = useTestApp({
    now: NOW,
    users: { author: [{ role: 'author', scope: 'org:DemoU' }] },
    passwords: { author: 'author password' },
    openedxJwt: { jwks, issuer: ISSUER, audience: 'openedx' },
  });
  const me = (headers: Record<string, string>) => app().inject({ method: 'GET', url: '/api/v1/me', headers });
  const refusal = async (headers: Record<string, string>) => {
    const response = await me(headers);
    return [response.statusCode, response.json<{ detail: string }>().detail];
  };
  const userRow = (username: string) =>
    store()
      .db.selectFrom('users')
      .select(['username', 'email', 'lms_user_id', 'is_admin'])
      .where('username', '=', username)
      .executeTakeFirst();

  it('creates the user on first sight of Authorization: JWT, an administrator for administrator', async () => {
    const response = await me({ authorization: `JWT ${await token(staff)}` });
    expect(response.json()).toEqual({
      user: { username: 'sam', displayName: null, email: 'sam@example.org', isAdmin: true, roles: [] },
      csrfToken: null,
    });
    const row = await userRow('sam');
    expect({ ...row, is_admin: Boolean(row?.is_admin) }).toEqual({
      username: 'sam',
      email: 'sam@example.org',
      lms_user_id: '42',
      is_admin: true,
    });
  });

  it('accepts RS512 tokens and refuses a tampered payload', async () => {
    const signed = await new SignJWT({ preferred_username: 'rae', email: 'rae@example.org', user_id: 43 })
      .setProtectedHeader({ alg: 'RS512', kid: 'lms-2' })
      .setIssuer(ISSUER)
      .setAudience('openedx')
      .setIssuedAt(seconds(NOW))
      .setExpirationTime(seconds(NOW) + 3600)
      .sign(lms512.privateKey);
    expect((await me({ authorization: `JWT ${signed}` })).json()).toMatchObject({
      user: { username: 'rae' },
    });
    const [header, payload, signature] = signed.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), administrator: true }),
    ).toString('base64url');
    expect((await me({ authorization: `JWT ${header}.${forged}.${signature}` })).statusCode).toBe(401);
  });

  it('keeps the user in step with later tokens', async () => {
    const later = await token({ ...staff, email: 'sam@new.example.org', administrator: false });
    expect((await me({ authorization: `JWT ${later}` })).json()).toMatchObject({
      user: { email: 'sam@new.example.org', isAdmin: false },
    });
    expect(await userRow('sam')).toMatchObject({ email: 'sam@new.example.org', lms_user_id: '42' });
  });

  it('needs no CSRF token with the Authorization header', async () => {
    const response = await app().inject({
      method: 'POST',
      url: '/api/v1/paths',
      headers: { authorization: `JWT ${await token(staff)}` },
      payload: {},
    });
    expect(response.statusCode).toBe(422);
  });

  it("reads Open edX's split cookie pair, writes only past Django's CSRF check, and opens a session for the web UI", async () => {
    const [header, payload, signature] = (
      await token({ ...staff, preferred_username: 'cleo', email: 'cleo@example.org', user_id: 7 })
    ).split('.');
    const cookie = `edx-jwt-cookie-header-payload=${header}.${payload}; edx-jwt-cookie-signature=${signature}`;
    const first = await me({ cookie });
    expect(first.json()).toMatchObject({ user: { username: 'cleo' }, csrfToken: expect.any(String) });
    const write = await app().inject({
      method: 'POST',
      url: '/api/v1/paths',
      headers: { cookie },
      payload: {},
    });
    expect([write.statusCode, write.json<{ detail: string }>().detail]).toEqual([
      403,
      expect.stringContaining('CSRF Failed: CSRF cookie not set.'),
    ]);
    const half = await me({ cookie: `edx-jwt-cookie-header-payload=${header}.${payload}` });
    expect(half.statusCode).toBe(401);

    // GET /api/v1/me opened a session for the web UI: with its cookie and CSRF token, writes work.
    const session = /^lp_session=([^;]+)/.exec(String(first.headers['set-cookie']))![1]!;
    const csrf = first.json<{ csrfToken: string }>().csrfToken;
    const withSession = `${cookie}; lp_session=${session}`;
    expect((await me({ cookie: withSession })).json()).toMatchObject({ csrfToken: csrf });
    const signedWrite = await app().inject({
      method: 'POST',
      url: '/api/v1/paths',
      headers: { cookie: withSession, 'x-csrf-token': csrf },
      payload: {},
    });
    expect(signedWrite.statusCode).toBe(422);
    const forgedWrite = await app().inject({
      method: 'POST',
      url: '/api/v1/paths',
      headers: { cookie: withSession },
      payload: {},
    });
    expect(forgedWrite.statusCode).toBe(403);
  });

  it('refuses expired tokens, other keys, other issuers, and tokens without a username', async () => {
    const expired = await token(staff, { expiresAt: NOW });
    expect(await refusal({ authorization: `JWT ${expired}` })).toEqual([
      401,
      'the JWT has expired: get a new one from the LMS',
    ]);
    const forged = await token(staff, { key: stranger.privateKey });
    expect(await refusal({ authorization: `JWT ${forged}` })).toEqual([
      401,
      'the JWT is not signed by a key of the LMS',
    ]);
    const elsewhere = await token(staff, { issuer: 'https://other.example.org/oauth2' });
    expect(await refusal({ authorization: `JWT ${elsewhere}` })).toEqual([
      401,
      'the JWT is refused: unexpected "iss" claim value',
    ]);
    const anonymous = await token({ preferred_username: undefined });
    expect(await refusal({ authorization: `JWT ${anonymous}` })).toEqual([
      401,
      'the JWT does not name an Open edX user (preferred_username, and user_id if given, are not valid)',
    ]);
    expect(await refusal({ authorization: 'JWT not.a-token' })).toEqual([
      401,
      expect.stringMatching(/^the JWT is not valid: /),
    ]);
  });

  // Accounts made here (the demo's `author` and `admin`) are the service's, not the LMS's.
  describe('and local accounts', () => {
    let adminHeaders: Record<string, string>;
    beforeAll(async () => {
      const admin = await new UserRepository(store().db, store().dialect).create(
        { username: 'admin', isAdmin: true },
        NOW.toISOString(),
      );
      const tokens = new ApiTokenRepository(store().db, store().dialect);
      const { token: secret } = await tokens.create(
        admin.id,
        { name: 'test', expiresAt: null },
        NOW.toISOString(),
      );
      adminHeaders = { authorization: `Bearer ${secret}` };
    });
    const accountOf = async (username: string) =>
      (await app().inject({ method: 'GET', url: `/api/v1/users/${username}`, headers: adminHeaders })).json<{
        isAdmin: boolean;
        lmsUserId: string | null;
        email: string | null;
      }>();

    it('never signs a JWT in to a local account of the same username, nor changes it', async () => {
      const takeover = await me({
        authorization: `JWT ${await token({ preferred_username: 'author', email: 'x@example.org', administrator: true, user_id: 99 })}`,
      });
      expect(takeover.statusCode).toBe(401);
      expect(takeover.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(takeover.json<{ detail: string }>().detail).toBe(
        'the username author belongs to a local account here, which the LMS may not sign in to: an ' +
          'administrator can link it to LMS user 99 (learning-paths user link author --lms-user-id 99)',
      );
      const demotion = await me({
        authorization: `JWT ${await token({ preferred_username: 'admin', administrator: false, user_id: 1 })}`,
      });
      expect(demotion.statusCode).toBe(401);
      expect(await accountOf('author')).toMatchObject({ isAdmin: false, lmsUserId: null, email: null });
      expect(await accountOf('admin')).toMatchObject({ isAdmin: true, lmsUserId: null });
      // The author still signs in with their password, as the author.
      const session = await app().inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { username: 'author', password: 'author password' },
      });
      expect(session.json()).toMatchObject({ user: { username: 'author', roles: [{ role: 'author' }] } });
    });

    it('signs in to a local account once an administrator links it, never lowering its admin right', async () => {
      const link = await app().inject({
        method: 'PUT',
        url: '/api/v1/users/admin/lms-link',
        headers: adminHeaders,
        payload: { lmsUserId: '1' },
      });
      expect([link.statusCode, link.json()]).toMatchObject([200, { lmsUserId: '1', adminFrom: 'here' }]);
      const jwt = await token({ preferred_username: 'admin', administrator: false, user_id: 1 });
      expect((await me({ authorization: `JWT ${jwt}` })).json()).toMatchObject({
        user: { username: 'admin', isAdmin: true },
      });
      expect(await accountOf('admin')).toMatchObject({ isAdmin: true, lmsUserId: '1' });
    });
  });

  it('refuses a JWT without user_id: accounts are linked by it', async () => {
    const jwt = await token({ preferred_username: 'nobody-yet', email: 'n@example.org' });
    expect(await refusal({ authorization: `JWT ${jwt}` })).toEqual([
      401,
      'the JWT carries no user_id: ask the LMS for a token with the user_id scope',
    ]);
    expect(await userRow('nobody-yet')).toBeUndefined();
  });

  it.each([
    ['a control character', 'bad\u0007name'],
    ['a zero-width space', 'zero\u200bwidth'],
    ['a bidi override', 'admin\u202e'],
    ['a space', 'two words'],
    ['a slash', 'a/b'],
    ['one character', 'x'],
    ['151 characters', 'x'.repeat(151)],
  ])('refuses a preferred_username with %s', async (_, username) => {
    const jwt = await token({ preferred_username: username, user_id: 500 });
    expect(await refusal({ authorization: `JWT ${jwt}` })).toEqual([
      401,
      "the JWT's preferred_username is not an Open edX username: 2 to 150 letters, digits or _ . @ + -",
    ]);
  });

  it("accepts Open edX's Unicode usernames, and follows the user_id when the LMS renames a user", async () => {
    for (const [index, username] of ['José.Núñez', '李小龙', 'a.b@c+d-e_f', 'x'.repeat(150)].entries()) {
      const jwt = await token({ preferred_username: username, user_id: 600 + index });
      expect((await me({ authorization: `JWT ${jwt}` })).json(), username).toMatchObject({
        user: { username },
      });
    }
    const renamed = await token({ preferred_username: 'Bruce.Lee', user_id: 601 });
    expect((await me({ authorization: `JWT ${renamed}` })).json()).toMatchObject({
      user: { username: 'Bruce.Lee' },
    });
    expect(await userRow('李小龙')).toBeUndefined();
    expect(await userRow('Bruce.Lee')).toMatchObject({ lms_user_id: '601' });
  });
});

describe('without Open edX keys configured', () => {
  const { app } = useTestApp({ now: NOW, users: {} });

  it('refuses Authorization: JWT, and leaves the LMS cookies alone', async () => {
    const jwt = await token(staff);
    const header = await app().inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `JWT ${jwt}` },
    });
    expect([header.statusCode, header.json<{ detail: string }>().detail]).toEqual([
      401,
      'this service is not configured to accept Open edX JWTs',
    ]);
    const [headerPart, payload, signature] = jwt.split('.');
    const cookies = await app().inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: {
        cookie: `edx-jwt-cookie-header-payload=${headerPart}.${payload}; edx-jwt-cookie-signature=${signature}`,
      },
    });
    expect(cookies.json<{ detail: string }>().detail).toBe(
      'sign in, or send Authorization: Bearer <api token>',
    );
  });
});
