// The browser's HTTP client of the service API: JSON in and out, the session cookie sent, the CSRF
// token added to writes, and problem+json answers turned into ApiErrors that say what was wrong
// and where (each validation problem at its JSON pointer).
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

let csrfToken: string | null = null;

/** Remembered from the session (sign-in or GET /api/v1/me) and sent with every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON-encoded unless it is a string or a Blob (a file), sent as is with `contentType`. */
  readonly body?: unknown;
  readonly contentType?: string;
  readonly signal?: AbortSignal;
}

async function send(
  path: string,
  { method = 'GET', body, contentType, signal }: RequestOptions,
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  let payload: string | Blob | undefined;
  if (body !== undefined) {
    payload = typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body);
    headers['content-type'] = contentType ?? 'application/json';
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(payload === undefined ? {} : { body: payload }),
    ...(signal ? { signal } : {}),
  });
  if (response.ok) return response;
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
