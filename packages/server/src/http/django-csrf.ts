// Django's CSRF check (django/middleware/csrf.py, CsrfViewMiddleware.process_view), which the LMS
// runs on writes its apps sign in with the Open edX JWT cookies: the same answers, the same reasons.
import { timingSafeEqual } from 'node:crypto';

export const CSRF_SECRET_LENGTH = 32;
export const CSRF_TOKEN_LENGTH = 2 * CSRF_SECRET_LENGTH;
/** Python's string.ascii_letters + string.digits, in that order: masking counts positions in it. */
export const CSRF_ALLOWED_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** Django's CSRF_COOKIE_NAME, which the LMS keeps. */
export const CSRF_COOKIE_NAME = 'csrftoken';

const REASON_NO_REFERER = 'Referer checking failed - no Referer.';
const REASON_NO_CSRF_COOKIE = 'CSRF cookie not set.';
const REASON_CSRF_TOKEN_MISSING = 'CSRF token missing.';
const REASON_MALFORMED_REFERER = 'Referer checking failed - Referer is malformed.';
const REASON_INSECURE_REFERER = 'Referer checking failed - Referer is insecure while host is secure.';
/** Django names its CSRF_HEADER_NAME (HTTP_X_CSRFTOKEN) this way in its reasons. */
const TOKEN_SOURCE = "the 'X-Csrftoken' HTTP header";

/** What Django's check reads of a request. */
export interface CsrfRequest {
  /** Whether the request came over HTTPS (Django's request.is_secure()). */
  readonly secure: boolean;
  /** The Host the request came to, with its port if any (request.get_host()). */
  readonly host: string;
  readonly origin?: string;
  readonly referer?: string;
  /** The value of the csrftoken cookie. */
  readonly cookie?: string;
  /** The X-CSRFToken header. */
  readonly token?: string;
}

/** Django's _unmask_cipher_token: the first half is the mask, taken off the second half. */
export function unmaskCipherToken(token: string): string {
  const chars = CSRF_ALLOWED_CHARS;
  let secret = '';
  for (let i = 0; i < CSRF_SECRET_LENGTH; i++) {
    const difference = chars.indexOf(token[i + CSRF_SECRET_LENGTH]!) - chars.indexOf(token[i]!);
    // Python's chars[x - y] reads a negative index from the end.
    secret += chars[(difference + chars.length) % chars.length];
  }
  return secret;
}

/** Django's _check_token_format: why a cookie or token cannot be a secret or a masked one, if it cannot. */
export function tokenFormatProblem(token: string): string | null {
  if (token.length !== CSRF_TOKEN_LENGTH && token.length !== CSRF_SECRET_LENGTH)
    return 'has incorrect length';
  if (/[^a-zA-Z0-9]/.test(token)) return 'has invalid characters';
  return null;
}

/** The secret of a well-formed token or cookie: before Django 4.0 cookies held masked tokens too. */
function secretOf(token: string): string {
  return token.length === CSRF_TOKEN_LENGTH ? unmaskCipherToken(token) : token;
}

/** Django's _does_token_match, in constant time: a request token matches a cookie's secret. */
export function tokenMatches(requestToken: string, secret: string): boolean {
  return timingSafeEqual(Buffer.from(secretOf(requestToken)), Buffer.from(secret));
}

/** The csrftoken cookie as Django's parse_cookie reads a Cookie header: the last one wins. */
export function csrfCookieOf(header: string | undefined): string | undefined {
  let found: string | undefined;
  for (const chunk of header?.split(';') ?? []) {
    const equals = chunk.indexOf('=');
    if (equals < 0 || chunk.slice(0, equals).trim() !== CSRF_COOKIE_NAME) continue;
    const value = chunk.slice(equals + 1).trim();
    found = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }
  return found;
}

/** A URL's scheme and netloc as Python's urlsplit finds them; null where it raises ValueError. */
function splitUrl(url: string): { scheme: string; netloc: string } | null {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  const rest = scheme ? url.slice(scheme[0].length) : url;
  const netloc = rest.startsWith('//') ? rest.slice(2).split(/[/?#]/)[0]! : '';
  if (netloc.includes('[') !== netloc.includes(']')) return null;
  return { scheme: scheme ? scheme[1]!.toLowerCase() : '', netloc };
}

/** Django's is_same_domain: a pattern starting with a dot matches that domain and its subdomains. */
function isSameDomain(host: string, pattern: string): boolean {
  if (pattern === '') return false;
  const lower = pattern.toLowerCase();
  return (lower.startsWith('.') && (host.endsWith(lower) || host === lower.slice(1))) || lower === host;
}

/**
 * Django's check for CSRF_TRUSTED_ORIGINS (origins, or `https://*.example.org` for a domain and its
 * subdomains): a function of a write request answering why Django would refuse it, or null.
 */
export function djangoCsrfCheck(trustedOrigins: readonly string[]): (request: CsrfRequest) => string | null {
  const parsed = trustedOrigins.map((origin) => ({ origin, ...splitUrl(origin)! }));
  const exact = new Set(parsed.filter(({ origin }) => !origin.includes('*')).map(({ origin }) => origin));
  const wildcards = parsed.filter(({ origin }) => origin.includes('*'));
  const trustedHosts = parsed.map(({ netloc }) => netloc.replace(/^\*+/, ''));

  function originVerified({ origin, secure, host }: CsrfRequest & { origin: string }): boolean {
    if (origin === `${secure ? 'https' : 'http'}://${host}`) return true;
    if (exact.has(origin)) return true;
    const url = splitUrl(origin);
    return (
      url !== null &&
      wildcards.some(
        ({ scheme, netloc }) => scheme === url.scheme && isSameDomain(url.netloc, netloc.replace(/^\*+/, '')),
      )
    );
  }

  function refererProblem({ referer, host }: CsrfRequest): string | null {
    if (referer === undefined) return REASON_NO_REFERER;
    const url = splitUrl(referer);
    if (url === null || url.scheme === '' || url.netloc === '') return REASON_MALFORMED_REFERER;
    if (url.scheme !== 'https') return REASON_INSECURE_REFERER;
    if (trustedHosts.some((trusted) => isSameDomain(url.netloc, trusted))) return null;
    // No CSRF_COOKIE_DOMAIN here: the request's own host and port.
    if (isSameDomain(url.netloc, host)) return null;
    return `Referer checking failed - ${referer} does not match any trusted origins.`;
  }

  function tokenProblem({ cookie, token }: CsrfRequest): string | null {
    if (cookie === undefined) return REASON_NO_CSRF_COOKIE;
    const cookieProblem = tokenFormatProblem(cookie);
    if (cookieProblem !== null) return `CSRF cookie ${cookieProblem}.`;
    if (token === undefined) return REASON_CSRF_TOKEN_MISSING;
    const problem = tokenFormatProblem(token) ?? (tokenMatches(token, secretOf(cookie)) ? null : 'incorrect');
    return problem === null ? null : `CSRF token from ${TOKEN_SOURCE} ${problem}.`;
  }

  return (request) => {
    if (request.origin !== undefined) {
      if (!originVerified({ ...request, origin: request.origin }))
        return `Origin checking failed - ${request.origin} does not match any trusted origins.`;
    } else if (request.secure) {
      const problem = refererProblem(request);
      if (problem !== null) return problem;
    }
    return tokenProblem(request);
  };
}
