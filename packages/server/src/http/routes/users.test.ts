import { beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { useTestApp } from '../../../test/test-app.ts';
import { ApiTokenRepository } from '../../store/repositories/api-token-repository.ts';
import { UserRepository } from '../../store/repositories/user-repository.ts';

const START = new Date('2026-03-01T10:00:00.000Z');
const ISSUER = 'https://lms.example.org/oauth2';
const lms = await generateKeyPair('RS256');
const jwks = { keys: [{ ...(await exportJWK(lms.publicKey)), kid: 'lms', alg: 'RS256', use: 'sig' }] };

let now = START;
const later = (hours: number) => new Date(START.getTime() + hours * 3_600_000);

interface TokenAnswer {
  id: number;
  name: string;
  state: string;
  token: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

describe('account routes', () => {
  const { app, as, store } = useTestApp({
    now: START,
    clock: () => now,
    users: { ann: [{ role: 'author', scope: 'org:DemoU' }], lee: [] },
    passwords: { lee: 'lee password' },
    openedxJwt: { jwks, issuer: ISSUER },
  });
  const admin: Record<string, string> = {};
  beforeAll(async () => {
    const user = await new UserRepository(store().db, store().dialect).create(
      { username: 'root', isAdmin: true },
      START.toISOString(),
    );
    const created = await new ApiTokenRepository(store().db, store().dialect).create(
      user.id,
      { name: 'test', expiresAt: null },
      START.toISOString(),
    );
    admin.authorization = `Bearer ${created.token}`;
  });
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: object,
  ) => app().inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const meWith = async (headers: Record<string, string>) =>
    (await call('GET', '/api/v1/me', headers)).statusCode;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const jwtOf = (claims: object) =>
    new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'lms' })
      .setIssuer(ISSUER)
      .setIssuedAt(Math.floor(START.getTime() / 1000))
      .setExpirationTime('10y')
      .sign(lms.privateKey);

  it('creates named tokens with an expiry, lists them without their secret, and revokes them at once', async () => {
    const created = await call('POST', '/api/v1/users/lee/tokens', admin, {
      name: 'nightly import',
      expiresInDays: 7,
    });
    expect(created.statusCode).toBe(201);
    const ci = created.json<TokenAnswer>();
    expect(ci).toMatchObject({
      name: 'nightly import',
      state: 'active',
      expiresAt: later(7 * 24).toISOString(),
      lastUsedAt: null,
      token: expect.stringMatching(/^lp_/) as string,
    });
    now = later(1);
    expect(await meWith(bearer(ci.token))).toBe(200);
    const listed = await call('GET', '/api/v1/users/lee/tokens', admin);
    expect(listed.body).not.toContain(ci.token);
    expect(listed.json<{ items: TokenAnswer[] }>().items).toEqual([
      { ...ci, token: undefined, lastUsedAt: later(1).toISOString() },
      expect.objectContaining({ name: 'test', state: 'active' }),
    ]);

    const revoked = await call('DELETE', `/api/v1/users/lee/tokens/${ci.id}`, admin);
    expect(revoked.json()).toMatchObject({ id: ci.id, state: 'revoked', revokedAt: later(1).toISOString() });
    const refused = await call('GET', '/api/v1/me', bearer(ci.token));
    expect([refused.statusCode, refused.json<{ detail: string }>().detail]).toEqual([
      401,
      'the API token is not valid, has expired or was revoked',
    ]);
  });

  it('refuses a token once it has expired', async () => {
    const { token, id } = (
      await call('POST', '/api/v1/users/ann/tokens', admin, { name: 'a day', expiresInDays: 1 })
    ).json<TokenAnswer>();
    expect(await meWith(bearer(token))).toBe(200);
    now = later(1 + 24);
    expect(await meWith(bearer(token))).toBe(401);
    const listed = (await call('GET', '/api/v1/users/ann/tokens', admin)).json<{ items: TokenAnswer[] }>();
    expect(listed.items.find((item) => item.id === id)).toMatchObject({ state: 'expired' });
  });

  it('disables a user: their session, tokens and LMS JWTs stop at once; enabling brings the tokens back', async () => {
    const signIn = () => call('POST', '/api/v1/session', {}, { username: 'lee', password: 'lee password' });
    const session = await signIn();
    const cookie = { cookie: String(session.headers['set-cookie']).split(';')[0]! };
    const jwt = { authorization: `JWT ${await jwtOf({ preferred_username: 'jo', user_id: 5 })}` };
    expect([await meWith(cookie), await meWith(as('lee')), await meWith(jwt)]).toEqual([200, 200, 200]);

    const disabled = await call('POST', '/api/v1/users/lee/disable', admin);
    expect(disabled.json()).toMatchObject({ username: 'lee', disabledAt: now.toISOString() });
    await call('POST', '/api/v1/users/jo/disable', admin);
    const refusal = await call('GET', '/api/v1/me', as('lee'));
    expect([refusal.statusCode, refusal.json<{ detail: string }>().detail]).toEqual([
      401,
      'this account is disabled: ask an administrator',
    ]);
    expect([await meWith(cookie), await meWith(jwt), (await signIn()).statusCode]).toEqual([401, 401, 401]);

    await call('POST', '/api/v1/users/lee/enable', admin);
    await call('POST', '/api/v1/users/jo/enable', admin);
    // The tokens work again; the session ended for good.
    expect([await meWith(as('lee')), await meWith(jwt), await meWith(cookie)]).toEqual([200, 200, 401]);
    expect((await call('POST', '/api/v1/users/root/disable', admin)).statusCode).toBe(409);
  });

  it('grants and revokes roles, which take effect at once', async () => {
    const granted = await call('PUT', '/api/v1/users/lee/roles', admin, {
      role: 'instructor',
      scope: 'org:DemoU',
    });
    expect(granted.json()).toMatchObject({ roles: [{ role: 'instructor', scope: 'org:DemoU' }] });
    expect((await call('GET', '/api/v1/users', as('lee'))).statusCode).toBe(404);
    await call('PUT', '/api/v1/users/lee/roles', admin, { role: 'admin' });
    const list = await call('GET', '/api/v1/users?search=LE', as('lee'));
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ username: 'lee', isAdmin: true, adminFrom: 'here' }],
    });
    expect((await call('DELETE', '/api/v1/users/lee/roles?role=admin', as('lee'))).statusCode).toBe(409);
    await call('DELETE', '/api/v1/users/lee/roles?role=admin', admin);
    expect((await call('GET', '/api/v1/users', as('lee'))).statusCode).toBe(404);

    const revoked = await call('DELETE', '/api/v1/users/lee/roles?role=instructor&scope=org:DemoU', admin);
    expect(revoked.json()).toMatchObject({ isAdmin: false, adminFrom: null, roles: [] });
    const again = await call('DELETE', '/api/v1/users/lee/roles?role=instructor&scope=org:DemoU', admin);
    expect([again.statusCode, again.json<{ detail: string }>().detail]).toEqual([
      404,
      'lee has no role instructor at org:DemoU',
    ]);
  });

  it('says which field is wrong', async () => {
    const cases = [
      ['PUT', '/api/v1/users/lee/roles', { role: 'king' }, 400, '/role'],
      ['PUT', '/api/v1/users/lee/roles', { role: 'author', scope: 'everywhere' }, 422, '/scope'],
      ['PUT', '/api/v1/users/lee/roles', { role: 'admin', scope: 'org:DemoU' }, 422, '/scope'],
      ['POST', '/api/v1/users/lee/tokens', { name: 'x'.repeat(101) }, 400, '/name'],
      ['POST', '/api/v1/users/lee/tokens', { name: 'tab\there' }, 422, '/name'],
      ['POST', '/api/v1/users/lee/tokens', { name: 'ci', expiresInDays: 0 }, 400, '/expiresInDays'],
      ['PUT', '/api/v1/users/lee/lms-link', { lmsUserId: '1 2' }, 422, '/lmsUserId'],
    ] as const;
    for (const [method, url, payload, status, pointer] of cases) {
      const response = await call(method, url, admin, payload);
      expect([
        response.statusCode,
        response.json<{ errors: { pointer: string }[] }>().errors[0]?.pointer,
      ]).toEqual([status, pointer]);
    }
  });

  it('answers 404 to non-admins, except for their own tokens, and never lets an answer be cached', async () => {
    const own = (await call('GET', '/api/v1/users/lee/tokens', as('lee'))).json<{ items: TokenAnswer[] }>();
    const anns = (await call('GET', '/api/v1/users/ann/tokens', admin)).json<{ items: TokenAnswer[] }>();
    const answers = await Promise.all([
      call('GET', '/api/v1/users', as('ann')),
      call('GET', '/api/v1/users/lee', as('ann')),
      call('GET', '/api/v1/users/nobody', as('ann')),
      call('GET', '/api/v1/users/ann/tokens', as('lee')),
      call('POST', '/api/v1/users/lee/tokens', as('lee'), { name: 'mine' }),
      call('DELETE', `/api/v1/users/lee/tokens/${anns.items[0]!.id}`, as('lee')),
      call('DELETE', `/api/v1/users/ann/tokens/${anns.items[0]!.id}`, as('lee')),
      call('POST', '/api/v1/users/ann/disable', as('lee')),
      call('GET', '/api/v1/audit/accounts', as('ann')),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual(answers.map(() => 404));
    expect(answers[1].json()).toEqual({ ...answers[2].json<object>(), detail: 'no user is called lee' });

    const revoked = await call('DELETE', `/api/v1/users/lee/tokens/${own.items.at(-1)!.id}`, as('lee'));
    expect(revoked.json()).toMatchObject({ state: 'revoked' });
    expect(revoked.json()).not.toHaveProperty('username');
    for (const answer of [...answers, revoked, await call('GET', '/api/v1/users', {})])
      expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('links a local account to its LMS user, and keeps an audit of who changed whose account', async () => {
    const link = await call('PUT', '/api/v1/users/ann/lms-link', admin, { lmsUserId: '77' });
    expect(link.json()).toMatchObject({ username: 'ann', lmsUserId: '77' });
    expect((await call('PUT', '/api/v1/users/lee/lms-link', admin, { lmsUserId: '77' })).statusCode).toBe(
      409,
    );
    const jwt = await jwtOf({ preferred_username: 'ann', user_id: 77 });
    expect((await call('GET', '/api/v1/me', { authorization: `JWT ${jwt}` })).json()).toMatchObject({
      user: { username: 'ann', roles: [{ role: 'author', scope: 'org:DemoU' }] },
    });

    const audit = await call('GET', '/api/v1/audit/accounts?username=lee&limit=100', admin);
    expect(audit.headers['cache-control']).toBe('no-store');
    const entries = audit.json<{
      items: { actor: string; action: string; username: string; at: string }[];
    }>();
    expect(entries.items.map(({ actor, action }) => `${actor} ${action}`).reverse()).toEqual([
      'root token_created',
      'root token_revoked',
      'root user_disabled',
      'root user_enabled',
      'root role_granted',
      'root role_granted',
      'root role_revoked',
      'root role_revoked',
      'lee token_revoked',
    ]);
    expect(entries.items.every((entry) => entry.username === 'lee' && entry.at.startsWith('2026-03'))).toBe(
      true,
    );
    const annLog = (await call('GET', '/api/v1/audit/accounts?username=ann', admin)).json<{
      items: { action: string; details: unknown }[];
    }>();
    expect(annLog.items[0]).toMatchObject({ action: 'lms_linked', details: { lmsUserId: '77' } });
  });
});
