// OpenCraft's learner app (frontend-app-learning-paths) calling the service as @edx/frontend-platform
// makes it call the LMS: from the MFE origin, with credentials, the JWT cookie pair, USE-JWT-COOKIE,
// and Django's CSRF cookie and X-CSRFToken header; behind HTTPS through a trusted proxy. Django's CSRF
// check and django-cors-headers' answers decide, as they do in the LMS.
import { beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { useTestApp } from '../../../../test/test-app.ts';
import { CSRF_ALLOWED_CHARS } from '../../django-csrf.ts';
import { API, PUBLIC, seed, START, USERS } from '../../../../test/openedx-compat-fixture.ts';

const MFE = 'https://apps.lms.example.org';
const ISSUER = 'https://lms.example.org/oauth2';
const ENROLL = `${API}/${PUBLIC}/enrollments/`;
const lms = await generateKeyPair('RS256');
const jwks = { keys: [{ ...(await exportJWK(lms.publicKey)), kid: 'lms-1', alg: 'RS256' }] };
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

const [header, payload, signature] = (
  await new SignJWT({
    preferred_username: 'lia',
    email: 'lia@example.org',
    user_id: 101,
    scopes: ['user_id'],
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'lms-1' })
    .setIssuer(ISSUER)
    .setAudience('openedx')
    .setIssuedAt(seconds(START))
    .setExpirationTime(seconds(START) + 3600)
    .sign(lms.privateKey)
).split('.');

// The LMS's csrftoken cookie holds the secret (Django 4+); /csrf/api/v1/token answers it masked.
const secret = 'Qm3xT7pLs0VbN4cRk8ZwY2hJd6FgA1eU';
const mask = 'hX9kPq2Lw7Vn4Rt0Yb6Cz1Md8Gf3Js5A';
const maskedToken =
  mask +
  [...secret]
    .map((char, i) => {
      const chars = CSRF_ALLOWED_CHARS;
      return chars[(chars.indexOf(char) + chars.indexOf(mask[i]!)) % chars.length];
    })
    .join('');

/** What the browser sends with the app's POST, through the proxy that terminates HTTPS. */
const APP_POST = {
  origin: MFE,
  referer: `${MFE}/`,
  cookie: [
    `edx-jwt-cookie-header-payload=${header}.${payload}`,
    `edx-jwt-cookie-signature=${signature}`,
    `csrftoken=${secret}`,
    'sessionid=1|lms-session',
  ].join('; '),
  accept: 'application/json, text/plain, */*',
  'use-jwt-cookie': 'true',
  'x-csrftoken': maskedToken,
  'x-forwarded-proto': 'https',
  'x-forwarded-host': 'lms.example.org',
};
const withoutCookie = (name: string) =>
  APP_POST.cookie
    .split('; ')
    .filter((cookie) => !cookie.startsWith(`${name}=`))
    .join('; ');

describe("OpenCraft's learner app on another origin", () => {
  const testApp = useTestApp({
    now: START,
    users: USERS,
    openedxJwt: { jwks, issuer: ISSUER, audience: 'openedx' },
    trustProxy: true,
    corsOrigins: [MFE],
    csrfTrustedOrigins: [MFE],
  });
  const { app, store } = testApp;
  beforeAll(() => seed(testApp));
  const post = (headers: Record<string, string | undefined>) =>
    app().inject({
      method: 'POST',
      url: ENROLL,
      headers: Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)),
    });
  const lia = () =>
    store().db.selectFrom('users').select('id').where('username', '=', 'lia').executeTakeFirst();

  it('is refused a write with 403 naming each missing or wrong piece, creating nothing', async () => {
    const bad = "CSRF token from the 'X-Csrftoken' HTTP header";
    for (const [headers, reason] of [
      [{ cookie: withoutCookie('csrftoken') }, 'CSRF cookie not set.'],
      [{ cookie: `${APP_POST.cookie}; csrftoken=short` }, 'CSRF cookie has incorrect length.'],
      [{ 'x-csrftoken': undefined }, 'CSRF token missing.'],
      [{ 'x-csrftoken': maskedToken.slice(2) }, `${bad} has incorrect length.`],
      [{ 'x-csrftoken': `${'x'.repeat(32)}${secret}` }, `${bad} incorrect.`],
      [
        { origin: 'https://evil.example.org' },
        'Origin checking failed - https://evil.example.org does not match any trusted origins.',
      ],
      [{ origin: undefined, referer: undefined }, 'Referer checking failed - no Referer.'],
      [
        { origin: undefined, referer: 'https://evil.example.org/page' },
        'Referer checking failed - https://evil.example.org/page does not match any trusted origins.',
      ],
    ] as const) {
      const response = await post({ ...APP_POST, ...headers });
      expect([response.statusCode, response.headers['content-type']]).toEqual([
        403,
        'application/problem+json; charset=utf-8',
      ]);
      const { detail } = response.json<{ detail: string }>();
      expect(detail.startsWith(`CSRF Failed: ${reason} (`), detail).toBe(true);
    }
    // Checked before the JWT: no account was made from a refused write.
    expect(await lia()).toBeUndefined();
  });

  it('joins a public path with what the app sends, and the learner is then on it', async () => {
    const joined = await post(APP_POST);
    expect([joined.statusCode, joined.json()]).toMatchObject([
      201,
      { user: 'lia', learning_path: PUBLIC, is_active: true },
    ]);
    const { origin, cookie, accept } = APP_POST;
    const mine = await app().inject({
      url: ENROLL,
      headers: { origin, cookie, accept, 'use-jwt-cookie': 'true' },
    });
    expect(mine.json()).toEqual([expect.objectContaining({ user: 'lia', learning_path: PUBLIC })]);
  });

  it('takes a plain secret in the header and a masked token in the cookie (Django before 4.0)', async () => {
    const left = await app().inject({ method: 'DELETE', url: ENROLL, headers: APP_POST });
    expect(left.statusCode).toBe(204);
    const back = await post({
      ...APP_POST,
      cookie: `${withoutCookie('csrftoken')}; csrftoken=${maskedToken}`,
      'x-csrftoken': secret,
    });
    expect(back.statusCode).toBe(200);
  });

  it('answers CORS preflights from the MFE as django-cors-headers does, security headers kept', async () => {
    const preflight = await app().inject({
      method: 'OPTIONS',
      url: ENROLL,
      headers: {
        origin: MFE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'use-jwt-cookie,x-csrftoken',
      },
    });
    expect([preflight.statusCode, preflight.body]).toEqual([200, '']);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': MFE,
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers':
        'accept, authorization, content-type, user-agent, x-csrftoken, x-requested-with, use-jwt-cookie',
      'access-control-allow-methods': 'DELETE, GET, OPTIONS, PATCH, POST, PUT',
      'access-control-max-age': '86400',
      vary: 'origin',
      'content-length': '0',
      'content-security-policy': expect.stringContaining("default-src 'self'"),
      'x-content-type-options': 'nosniff',
    });
  });

  it('names the MFE on credentialed answers, errors included, and no other origin', async () => {
    const { cookie } = APP_POST;
    const read = await app().inject({ url: `${API}/learning-paths/`, headers: { origin: MFE, cookie } });
    expect([read.statusCode, read.headers]).toMatchObject([
      200,
      { 'access-control-allow-origin': MFE, 'access-control-allow-credentials': 'true', vary: 'origin' },
    ]);
    expect(read.headers['access-control-allow-methods']).toBeUndefined();
    const refused = await post({ ...APP_POST, 'x-csrftoken': undefined });
    expect([refused.statusCode, refused.headers['access-control-allow-origin']]).toEqual([403, MFE]);

    const foreign = 'https://evil.example.org';
    for (const response of [
      await app().inject({ url: `${API}/learning-paths/`, headers: { origin: foreign, cookie } }),
      await post({ ...APP_POST, origin: foreign }),
      await app().inject({
        method: 'OPTIONS',
        url: ENROLL,
        headers: { origin: foreign, 'access-control-request-method': 'POST' },
      }),
    ]) {
      expect(response.statusCode).toBeLessThan(500);
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(response.headers.vary).toBe('origin');
    }
  });
});

describe('without CORS_ORIGINS', () => {
  const { app } = useTestApp({ now: START, users: {} });

  it('answers no CORS at all', async () => {
    const preflight = await app().inject({
      method: 'OPTIONS',
      url: ENROLL,
      headers: { origin: MFE, 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(404);
    const read = await app().inject({ url: '/healthz', headers: { origin: MFE } });
    expect(read.statusCode).toBe(200);
    expect(Object.keys(read.headers).filter((name) => /^access-control-|^vary$/.test(name))).toEqual([]);
  });
});
