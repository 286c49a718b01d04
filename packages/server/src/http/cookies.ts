// The cookies the service reads and writes, by name, and the two halves of cookie handling it needs:
// parsing a Cookie header and serialising a Set-Cookie value (RFC 6265), without a dependency.

export const COOKIES = {
  /** The web UI's session: a random value whose SHA-256 is the key of a row in `sessions`. */
  session: 'lp_session',
  /** Open edX splits its JWT in two cookies: `header.payload`, and the signature. */
  openedxJwtHeaderPayload: 'edx-jwt-cookie-header-payload',
  openedxJwtSignature: 'edx-jwt-cookie-signature',
} as const;

/**
 * The cookies of a Cookie header by name. The first of a repeated name wins: browsers send the most
 * specific (longest path) first.
 */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of header?.split(';') ?? []) {
    const equals = pair.indexOf('=');
    if (equals < 0) continue;
    const name = pair.slice(0, equals).trim();
    let value = pair.slice(equals + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (name !== '' && !cookies.has(name)) cookies.set(name, decode(value));
  }
  return cookies;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A stray % is not an encoding: keep the value as it came.
    return value;
  }
}

export interface CookieAttributes {
  /** 0 deletes the cookie. */
  readonly maxAgeSeconds: number;
  readonly secure: boolean;
}

/**
 * A Set-Cookie value for a cookie that scripts cannot read, sent back on same-site requests and on
 * top-level navigations from other sites (SameSite=Lax).
 */
export function serializeCookie(
  name: string,
  value: string,
  { maxAgeSeconds, secure }: CookieAttributes,
): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'HttpOnly',
    'SameSite=Lax',
    'Path=/',
    `Max-Age=${Math.floor(maxAgeSeconds)}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
