import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has embedded defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: 'data/learning-paths.sqlite',
      logLevel: 'info',
      bodyLimitBytes: 10 * 1024 * 1024,
      openedxJwt: null,
      sessionTtlHours: 12,
      sessionCookieSecure: false,
    });
  });

  it('reads the environment, empty values counting as unset', () => {
    expect(loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://db/lp', LOG_LEVEL: '' })).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://db/lp',
      logLevel: 'info',
    });
  });

  it('names every wrong value at once', () => {
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', BODY_LIMIT_BYTES: '10' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems).toEqual([
        'PORT="eighty": must be a port number from 0 to 65535',
        'LOG_LEVEL="loud": must be one of fatal, error, warn, info, debug, trace, silent',
        'BODY_LIMIT_BYTES="10": must be a whole number of bytes, at least 1024',
      ]);
    }
  });

  it('reads the Open edX JWT keys inline or as a URL, and the session settings', () => {
    const keys = { keys: [{ kty: 'RSA', n: 'AQAB', e: 'AQAB', kid: 'lms' }] };
    expect(
      loadConfig({
        OPENEDX_JWT_JWKS: JSON.stringify(keys),
        OPENEDX_JWT_ISSUER: 'https://lms.example.org/oauth2',
        OPENEDX_JWT_AUDIENCE: 'openedx',
        SESSION_TTL_HOURS: '0.5',
        SESSION_COOKIE_SECURE: 'true',
      }),
    ).toMatchObject({
      openedxJwt: { jwks: keys, issuer: 'https://lms.example.org/oauth2', audience: 'openedx' },
      sessionTtlHours: 0.5,
      sessionCookieSecure: true,
    });
    expect(
      loadConfig({ OPENEDX_JWT_JWKS: 'https://lms.example.org/api/jwks/', SESSION_COOKIE_SECURE: 'false' }),
    ).toMatchObject({
      openedxJwt: { jwks: new URL('https://lms.example.org/api/jwks/'), issuer: undefined },
      sessionCookieSecure: false,
    });
  });

  it.each([
    ['{"keys": [', 'bad JSON'],
    ['{"key": []}', 'a JWK set without keys'],
    ['{"keys": []}', 'an empty JWK set'],
    ['{"keys": [{"n": "AQAB"}]}', 'a key without kty'],
    ['lms.example.org/jwks', 'a URL without its scheme'],
    ['ftp://lms.example.org/jwks', 'a URL that is not http(s)'],
  ])('refuses OPENEDX_JWT_JWKS=%s (%s)', (value) => {
    expect(() => loadConfig({ OPENEDX_JWT_JWKS: value })).toThrow(
      `OPENEDX_JWT_JWKS=${JSON.stringify(value)}: must be the LMS's JWK set as JSON ({"keys":[…]}, at least one key) or the http(s):// URL that serves it`,
    );
  });

  it('names wrong session settings, and an issuer or audience without keys, with the others', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        OPENEDX_JWT_ISSUER: 'https://lms.example.org/oauth2',
        SESSION_TTL_HOURS: '0',
        SESSION_COOKIE_SECURE: 'maybe',
      });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'PORT="eighty": must be a port number from 0 to 65535',
        'SESSION_TTL_HOURS="0": must be a number of hours greater than 0, at most 8760',
        'SESSION_COOKIE_SECURE="maybe": must be true or false',
        `OPENEDX_JWT_ISSUER="https://lms.example.org/oauth2": must be the iss claim of the LMS's JWTs, set together with OPENEDX_JWT_JWKS`,
      ]);
    }
  });
});
