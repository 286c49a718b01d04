// Django's CSRF check against tokens made as Django makes them (_mask_cipher_secret), vectors worked
// out by hand from its algorithm, and each of its reasons to refuse.
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CSRF_ALLOWED_CHARS,
  csrfCookieOf,
  djangoCsrfCheck,
  tokenFormatProblem,
  tokenMatches,
  unmaskCipherToken,
  type CsrfRequest,
} from './django-csrf.ts';

/** Django's _get_new_csrf_string. */
const newCsrfString = () =>
  Array.from({ length: 32 }, () => CSRF_ALLOWED_CHARS[randomInt(CSRF_ALLOWED_CHARS.length)]).join('');

/** Django's _mask_cipher_secret, with the mask given or random. */
function maskCipherSecret(secret: string, mask = newCsrfString()): string {
  const chars = CSRF_ALLOWED_CHARS;
  const cipher = [...secret]
    .map((char, i) => chars[(chars.indexOf(char) + chars.indexOf(mask[i]!)) % chars.length])
    .join('');
  return mask + cipher;
}

describe("Django's CSRF tokens", () => {
  it('unmasks tokens worked out by hand, wrapping below the first character', () => {
    const vectors = [
      // a (0) masked with b (1) is b; 9 (61) masked with b is a (62 mod 62), unmasked as chars[-1].
      ['a'.repeat(32), 'b'.repeat(32), 'b'.repeat(64)],
      ['9'.repeat(32), 'b'.repeat(32), `${'b'.repeat(32)}${'a'.repeat(32)}`],
      // Positions 0 to 31 moved on by A (26).
      [
        'abcdefghijklmnopqrstuvwxyzABCDEF',
        'A'.repeat(32),
        `${'A'.repeat(32)}ABCDEFGHIJKLMNOPQRSTUVWXYZ012345`,
      ],
      // 0 (52) + z (25) = 77 mod 62 = 15: p; 1 (53) + Z (51) = 104 mod 62 = 42: Q; … Z + Z = 40: O.
      [`${'0123456789'.repeat(3)}zZ`, 'zZ'.repeat(16), `${'zZ'.repeat(16)}${'pQrStUvWxY'.repeat(3)}YO`],
    ];
    for (const [secret, mask, token] of vectors) {
      expect(maskCipherSecret(secret!, mask)).toBe(token);
      expect(unmaskCipherToken(token!)).toBe(secret);
    }
  });

  it('matches a masked token or the plain secret against the secret, and nothing else', () => {
    for (let run = 0; run < 50; run++) {
      const secret = newCsrfString();
      expect(tokenMatches(maskCipherSecret(secret), secret)).toBe(true);
      expect(tokenMatches(secret, secret)).toBe(true);
      expect(tokenMatches(maskCipherSecret(newCsrfString()), secret)).toBe(false);
    }
  });

  it('says why a token cannot be one, as _check_token_format does', () => {
    expect(tokenFormatProblem('a'.repeat(32))).toBeNull();
    expect(tokenFormatProblem('a'.repeat(64))).toBeNull();
    for (const length of [0, 31, 33, 63, 65])
      expect(tokenFormatProblem('a'.repeat(length))).toBe('has incorrect length');
    expect(tokenFormatProblem(`${'a'.repeat(31)}-`)).toBe('has invalid characters');
    expect(tokenFormatProblem(`${'a'.repeat(63)}é`)).toBe('has invalid characters');
  });

  it("reads the csrftoken cookie as Django's parse_cookie does: the last one wins", () => {
    expect(csrfCookieOf('sessionid=x; csrftoken=first; other=y; csrftoken="second"')).toBe('second');
    expect(csrfCookieOf('sessionid=x')).toBeUndefined();
    expect(csrfCookieOf(undefined)).toBeUndefined();
  });
});

describe("Django's CSRF check", () => {
  const check = djangoCsrfCheck(['https://apps.lms.example.org', 'https://*.example.net']);
  const secret = newCsrfString();
  const good: CsrfRequest = {
    secure: true,
    host: 'lms.example.org',
    origin: 'https://apps.lms.example.org',
    cookie: secret,
    token: maskCipherSecret(secret),
  };

  it('accepts the cookie and its token from the own origin, a trusted one or a trusted subdomain', () => {
    expect(check(good)).toBeNull();
    for (const origin of ['https://lms.example.org', 'https://example.net', 'https://a.b.example.net'])
      expect(check({ ...good, origin })).toBeNull();
    expect(check({ ...good, secure: false, origin: 'http://lms.example.org' })).toBeNull();
    // Django before 4.0 kept a masked token in the cookie; clients may send the plain secret.
    expect(check({ ...good, cookie: maskCipherSecret(secret), token: secret })).toBeNull();
  });

  it('refuses any other Origin, whatever the protocol', () => {
    for (const [secure, origin] of [
      [true, 'https://evil.example.org'],
      [true, 'http://apps.lms.example.org'],
      [true, 'http://a.example.net'],
      [true, 'https://example.net.evil.org'],
      [true, 'null'],
      [false, 'https://lms.example.org'],
    ] as const)
      expect(check({ ...good, secure, origin })).toBe(
        `Origin checking failed - ${origin} does not match any trusted origins.`,
      );
  });

  it('checks the Referer over HTTPS when there is no Origin, and not over HTTP', () => {
    const noOrigin = { ...good, origin: undefined };
    expect(check({ ...noOrigin, referer: 'https://lms.example.org/learning-paths/' })).toBeNull();
    expect(check({ ...noOrigin, referer: 'https://apps.lms.example.org/learning-paths/x' })).toBeNull();
    expect(check({ ...noOrigin, referer: 'https://a.example.net/' })).toBeNull();
    expect(check(noOrigin)).toBe('Referer checking failed - no Referer.');
    for (const referer of ['lms.example.org/x', 'https:/x', 'https://[::1/x'])
      expect(check({ ...noOrigin, referer })).toBe('Referer checking failed - Referer is malformed.');
    expect(check({ ...noOrigin, referer: 'http://lms.example.org/' })).toBe(
      'Referer checking failed - Referer is insecure while host is secure.',
    );
    expect(check({ ...noOrigin, referer: 'https://evil.example.org/x' })).toBe(
      'Referer checking failed - https://evil.example.org/x does not match any trusted origins.',
    );
    expect(check({ ...noOrigin, secure: false })).toBeNull();
  });

  it('names what is wrong with the cookie or the token, in the order Django checks them', () => {
    const header = "CSRF token from the 'X-Csrftoken' HTTP header";
    expect(check({ ...good, cookie: undefined, token: undefined })).toBe('CSRF cookie not set.');
    expect(check({ ...good, cookie: 'short' })).toBe('CSRF cookie has incorrect length.');
    expect(check({ ...good, cookie: `${secret.slice(1)}!` })).toBe('CSRF cookie has invalid characters.');
    expect(check({ ...good, token: undefined })).toBe('CSRF token missing.');
    expect(check({ ...good, token: '' })).toBe(`${header} has incorrect length.`);
    expect(check({ ...good, token: `${good.token!.slice(1)}+` })).toBe(`${header} has invalid characters.`);
    expect(check({ ...good, token: maskCipherSecret(newCsrfString()) })).toBe(`${header} incorrect.`);
  });
});
