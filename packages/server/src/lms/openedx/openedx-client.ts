// HTTP to Open edX's REST APIs as the service's OAuth application: a JWT from the client credentials
// grant (shared, renewed before it expires and once on 401), requests paced to a rate, and transient
// failures (network errors, timeouts, 5xx, 429) retried with exponential backoff honouring
// Retry-After. What still fails is an OpenedxError saying what was attempted, for whom, where.
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { AccessToken, type IssuedToken } from './access-token.ts';
import { RateLimiter } from './rate-limiter.ts';
import { LmsError } from '../lms-port.ts';

export interface OpenedxClientOptions {
  /** The LMS's address, without a trailing slash. */
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly requestsPerSecond: number;
  /** Retries of a transiently failing request before giving up (default 4). */
  readonly retries?: number;
  /** The first retry's delay in ms, doubled for each further one (default 500). */
  readonly backoffMs?: number;
  /** How long a request may take before it counts as a transient failure (default 30 s). */
  readonly timeoutMs?: number;
  /** How long before its expiry the token is renewed (default 60 s). */
  readonly tokenMarginMs?: number;
}

export interface OpenedxResponse {
  readonly status: number;
  /** The JSON body; its text when it is not JSON; null when empty. */
  readonly body: unknown;
}

export interface OpenedxRequest {
  /** What the request does, for errors: "enroll ada in course-v1:…". */
  readonly action: string;
  readonly method?: 'GET' | 'POST' | 'DELETE';
  readonly query?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  /** Answers besides 2xx that are not failures, such as a 404 for an unknown user. */
  readonly accept?: (response: OpenedxResponse) => boolean;
}

/** A request to Open edX that failed for good. */
export class OpenedxError extends LmsError {
  override readonly name = 'OpenedxError';
  constructor(
    message: string,
    /** The LMS's answer, or null when none came. */
    readonly status: number | null,
  ) {
    super(message);
  }

  /** A 4xx other than a timeout or throttling: Open edX will answer the same again. */
  override get permanent(): boolean {
    return (
      this.status !== null && this.status >= 400 && this.status < 500 && ![408, 429].includes(this.status)
    );
  }
}

const tokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });

/** The body of an answer checked against the shape its API documents. */
export function answer<T>(response: OpenedxResponse, schema: z.ZodType<T>, action: string): T {
  const parsed = schema.safeParse(response.body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new OpenedxError(
    `Open edX answered ${action} with an unexpected shape: ${issue.message} at /${issue.path.join('/')}`,
    response.status,
  );
}

/** Why a request failed, from the error bodies Open edX's APIs answer with. */
function detailOf(body: unknown): string {
  if (body === null) return '(no details)';
  if (typeof body === 'object')
    for (const key of ['message', 'developer_message', 'detail', 'error_description', 'error']) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === 'string') return value;
    }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text.slice(0, 200);
}

function parseBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Retry-After in ms, as delay-seconds or an HTTP date; null when absent or unreadable. */
function retryAfterMs(header: string | null): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

const transient = (status: number) => status === 429 || status >= 500;

export class OpenedxClient {
  readonly #options: Required<OpenedxClientOptions>;
  readonly #limiter: RateLimiter;
  readonly #token: AccessToken;

  constructor(options: OpenedxClientOptions) {
    this.#options = { retries: 4, backoffMs: 500, timeoutMs: 30_000, tokenMarginMs: 60_000, ...options };
    this.#limiter = new RateLimiter(options.requestsPerSecond);
    this.#token = new AccessToken(() => this.issueToken(), this.#options.tokenMarginMs);
  }

  /** Calls the LMS as the service: resolves with 2xx and accepted answers, throws OpenedxError else. */
  async request(path: string, request: OpenedxRequest): Promise<OpenedxResponse> {
    let token = await this.#token.get();
    let response = await this.callApi(path, request, token);
    if (response.status === 401) {
      // A token can be revoked, or the LMS's clock run ahead of ours: a new one, once.
      this.#token.invalidate(token);
      token = await this.#token.get();
      response = await this.callApi(path, request, token);
    }
    if ((response.status >= 200 && response.status < 300) || request.accept?.(response)) return response;
    throw new OpenedxError(
      `Open edX could not ${request.action}: ${response.status} ${detailOf(response.body)}`,
      response.status,
    );
  }

  /** request(), then the body checked against the shape the API documents. */
  async read<T>(path: string, request: OpenedxRequest, schema: z.ZodType<T>): Promise<T> {
    return answer(await this.request(path, request), schema, request.action);
  }

  private callApi(path: string, request: OpenedxRequest, token: string): Promise<OpenedxResponse> {
    const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
    return this.send(
      `${path}${query}`,
      {
        method: request.method ?? 'GET',
        headers: {
          authorization: `JWT ${token}`,
          accept: 'application/json',
          ...(request.json === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(request.json === undefined ? {} : { body: JSON.stringify(request.json) }),
      },
      request.action,
    );
  }

  private async issueToken(): Promise<IssuedToken> {
    const action = 'issue an access token to the service';
    const { clientId, clientSecret } = this.#options;
    const response = await this.send(
      '/oauth2/access_token',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: clientSecret,
          token_type: 'jwt',
        }).toString(),
      },
      action,
    );
    if (response.status !== 200) {
      const refused = response.status === 400 || response.status === 401;
      throw new OpenedxError(
        refused
          ? `Open edX refused the service's OAuth client (check OPENEDX_CLIENT_ID and OPENEDX_CLIENT_SECRET): ${response.status} ${detailOf(response.body)}`
          : `Open edX could not ${action}: ${response.status} ${detailOf(response.body)}`,
        response.status,
      );
    }
    const issued = answer(response, tokenAnswer, action);
    return { token: issued.access_token, expiresIn: issued.expires_in };
  }

  /** One request, repeated while it fails transiently; the last answer once retries run out. */
  private async send(path: string, init: RequestInit, action: string): Promise<OpenedxResponse> {
    const { url: base, retries, timeoutMs } = this.#options;
    // Of an absolute URL (a pagination link) only the path and query are kept: the token only
    // ever goes to the configured LMS, whatever host a proxy made the LMS write into its links.
    const target = new URL(path, base);
    const url = new URL(`${target.pathname}${target.search}`, base);
    for (let attempt = 0; ; attempt += 1) {
      await this.#limiter.wait();
      let wait: number;
      try {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        const body = parseBody(await response.text());
        if (!transient(response.status) || attempt === retries) return { status: response.status, body };
        wait = retryAfterMs(response.headers.get('retry-after')) ?? this.backoff(attempt);
      } catch (error) {
        // No answer at all: refused connection, reset, or timed out.
        const reason = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
        if (attempt === retries)
          throw new OpenedxError(`Open edX could not ${action}: ${reason} (${attempt + 1} attempts)`, null);
        wait = this.backoff(attempt);
      }
      await sleep(wait);
    }
  }

  /** Exponential, with a little jitter so that parallel callers do not come back in step. */
  private backoff(attempt: number): number {
    return this.#options.backoffMs * 2 ** attempt * (1 + Math.random() / 4);
  }
}
