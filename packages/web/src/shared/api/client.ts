// The browser's HTTP client of the service API: JSON in and out, the session cookie sent, the CSRF
// token added to writes, and problem+json answers turned into ApiErrors that say what was wrong
// and where (each validation problem at its JSON pointer). A call refused because the session has
// ended waits for the user to sign in again (see setSessionRenewal) and is then sent again.
import type { Problem } from '@learning-paths/core';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly problems: readonly Problem[] = [],
    /** The answer's Retry-After in seconds (a throttled sign-in, 429), null without one. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/**
 * The service could not be reached at all (offline, a proxy down): no answer to read. Screens say
 * so in words (errorWords), not as the browser's "Failed to fetch".
 */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(cause: unknown) {
    super('the service could not be reached', { cause });
  }
}

let csrfToken: string | null = null;

/** Remembered from the session (sign-in or GET /api/v1/me) and sent with every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The token writes carry now: a session renewed elsewhere has another. */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/**
 * What the app does when a call is refused for want of a session (401) or with a CSRF token that
 * may be stale (403 on a write): resolves true once the same user is signed in again with a fresh
 * token, so the call is sent again; false to let the refusal through; rejects (with the words to
 * show) when the user gives up.
 */
export type SessionRenewal = (refused: 401 | 403) => Promise<boolean>;

let renewal: SessionRenewal | null = null;
/** One renewal under way for each kind of refusal: calls refused together wait for the same one. */
const renewing = new Map<401 | 403, Promise<boolean>>();

/** Set while someone is signed in; null when no one is, so that a 401 is the caller's to handle. */
export function setSessionRenewal(handler: SessionRenewal | null): void {
  renewal = handler;
}

/** Signing in and out, and asking who is signed in: their 401 means exactly that, not "ended". */
const SESSION_ROUTES = new Set(['/api/v1/session', '/api/v1/me']);

function renewFor(status: number, method: string, path: string): Promise<boolean> | null {
  const refused = status === 401 ? 401 : status === 403 && method !== 'GET' ? 403 : null;
  if (refused === null || renewal === null || SESSION_ROUTES.has(path.split('?')[0]!)) return null;
  let pending = renewing.get(refused);
  if (!pending) {
    pending = renewal(refused).finally(() => renewing.delete(refused));
    renewing.set(refused, pending);
  }
  return pending;
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON-encoded unless it is a string or a Blob (a file), sent as is with `contentType`. */
  readonly body?: unknown;
  readonly contentType?: string;
  readonly signal?: AbortSignal;
}

async function send(path: string, options: RequestOptions, retried = false): Promise<Response> {
  const { method = 'GET', body, contentType, signal } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  let payload: string | Blob | undefined;
  if (body !== undefined) {
    payload = typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body);
    headers['content-type'] = contentType ?? 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(payload === undefined ? {} : { body: payload }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    // A call the screen gave up on stays an abort; anything else is the network's.
    if (signal?.aborted) throw error;
    throw new NetworkError(error);
  }
  if (response.ok) return response;
  // Sent again once at most, so that a route refusing for another reason cannot loop.
  const renewed = retried ? null : renewFor(response.status, method, path);
  if (renewed && (await renewed)) return send(path, options, true);
  const problem = (await response.json().catch(() => ({}))) as { detail?: string; errors?: Problem[] };
  const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
  throw new ApiError(
    response.status,
    problem.detail ?? response.statusText,
    problem.errors ?? [],
    Number.isInteger(retryAfter) && retryAfter >= 0 ? retryAfter : null,
  );
}

/**
 * Calls the API at an address (built by `routeUrl`): the JSON answer, the text of any other (CSV
 * exports), undefined for 204. Screens call `apiCall`, which types both ends by the route.
 */
export async function request(url: string, options: RequestOptions = {}): Promise<unknown> {
  const response = await send(url, options);
  if (response.status === 204) return undefined;
  const json = response.headers.get('content-type')?.includes('json') ?? false;
  return json ? response.json() : response.text();
}
