// A fake Open edX LMS for tests: a real HTTP server on a free port answering with the documented
// request and response shapes of every endpoint the adapter uses: OAuth2 client credentials issuing
// JWTs that expire, the courses API with its pagination envelope, the enrollment and
// enrollment_allowed APIs (created and deleted), account lookup, the grades API and the completion
// aggregator. It keeps what it is told, logs every request, and fails on demand (429 with
// Retry-After, 500, or a 400 refusal), on any path or on paths starting with a prefix; it can also go down
// (refusing connections), come back up, or hang (never answering).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OpenedxLmsConfig } from '../src/config/config.ts';

export interface FakeCourse {
  readonly id: string;
  readonly name: string;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly invitationOnly?: boolean;
}

export interface FakeUser {
  readonly id: number;
  readonly username: string;
  readonly email: string;
}

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  /** Date.now() when it arrived. */
  readonly at: number;
}

export type Failure =
  | { readonly status: 429; readonly retryAfter: number }
  | { readonly status: 500 }
  | { readonly status: 400; readonly message: string };

/** `username course_id`: the key of what a user has in a course. */
export const pairKey = (username: string, courseId: string) => `${username} ${courseId}`;

const CLIENT_ID = 'learning-paths';
const CLIENT_SECRET = 'fake-secret';
/** The pagination class's page_size default and max_page_size. */
const PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 100;

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export class FakeOpenedx {
  readonly clientId = CLIENT_ID;
  readonly clientSecret = CLIENT_SECRET;
  url = '';
  courses: FakeCourse[] = [];
  users: FakeUser[] = [];
  readonly enrollments = new Map<string, { mode: string; isActive: boolean; created: string }>();
  readonly enrollmentAllowed: { email: string; course_id: string; auto_enroll: boolean }[] = [];
  readonly grades = new Map<string, { percent: number; passed: boolean }>();
  /** Course completion percent (0 to 1) by pairKey. */
  readonly completions = new Map<string, number>();
  readonly requests: LoggedRequest[] = [];
  tokensIssued = 0;
  /** expires_in of the tokens issued from now on. */
  tokenLifetimeSeconds = 3600;
  readonly #tokens = new Map<string, number>();
  readonly #failures: { failure: Failure; prefix: string }[] = [];
  readonly #server = createServer((request, response) => void this.handle(request, response));

  static async start(): Promise<FakeOpenedx> {
    const fake = new FakeOpenedx();
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.#server.address() as AddressInfo).port}`;
    return fake;
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  /** The LMS goes down: its port refuses connections until up(). */
  down(): Promise<void> {
    return this.close();
  }

  /** The LMS comes back on the same address, keeping what it was told. */
  up(): Promise<void> {
    const port = Number(new URL(this.url).port);
    return new Promise((resolve) => this.#server.listen(port, '127.0.0.1', resolve));
  }

  /** While true the LMS takes requests and never answers them (logged, not handled). */
  hanging = false;

  /** Settings for an adapter talking to this LMS: no schedules, no pacing to speak of. */
  settings(overrides: Partial<OpenedxLmsConfig> = {}): OpenedxLmsConfig {
    return {
      url: this.url,
      publicUrl: this.url,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      syncMinutes: 0,
      reconcileMinutes: 0,
      requestsPerSecond: 1000,
      ...overrides,
    };
  }

  /** The next `count` requests to a path starting with `prefix` (any path by default) fail this way. */
  failNext(count: number, failure: Failure, prefix = '/'): void {
    for (let index = 0; index < count; index += 1) this.#failures.push({ failure, prefix });
  }

  /** Every token issued so far stops working, as when the LMS revokes them. */
  revokeTokens(): void {
    this.#tokens.clear();
  }

  /** Requests to a path starting with `prefix`. */
  requestsTo(prefix: string): LoggedRequest[] {
    return this.requests.filter((request) => request.path.startsWith(prefix));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    const path = decodeURIComponent(url.pathname);
    const body = await readBody(request);
    this.requests.push({ method: request.method ?? 'GET', path, query: url.searchParams, at: Date.now() });
    if (this.hanging) return;
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, {
        ...(data === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      });
      response.end(data === undefined ? '' : JSON.stringify(data));
    };
    const planned = this.#failures.findIndex(({ prefix }) => path.startsWith(prefix));
    const failure = planned === -1 ? undefined : this.#failures.splice(planned, 1)[0]!.failure;
    if (failure?.status === 429)
      return send(
        429,
        { detail: `Request was throttled. Expected available in ${failure.retryAfter} seconds.` },
        { 'retry-after': String(failure.retryAfter) },
      );
    if (failure?.status === 500) return send(500, undefined);
    if (failure?.status === 400) return send(400, { message: failure.message });

    if (request.method === 'POST' && path === '/oauth2/access_token') return this.issueToken(body, send);
    const token = /^JWT (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined) return send(401, { detail: 'Authentication credentials were not provided.' });
    const expiresAt = this.#tokens.get(token);
    if (expiresAt === undefined) return send(401, { detail: 'Invalid token.' });
    if (Date.now() >= expiresAt) return send(401, { detail: 'Signature has expired.' });

    const route = `${request.method} ${path}`;
    if (route === 'GET /api/courses/v1/courses/') return this.listCourses(url, request, send);
    if (route === 'POST /api/enrollment/v1/enrollment') return this.enroll(body, send);
    if (route === 'POST /api/enrollment/v1/enrollment_allowed/') return this.allow(body, send);
    if (route === 'DELETE /api/enrollment/v1/enrollment_allowed/') return this.disallow(body, send);
    if (route === 'GET /api/user/v1/accounts') return this.accounts(url.searchParams, send);
    const enrollment = /^GET \/api\/enrollment\/v1\/enrollment\/([^,]+),(.+)$/.exec(route);
    if (enrollment) return this.enrollmentOf(enrollment[1]!, enrollment[2]!, send);
    const grade = /^GET \/api\/grades\/v1\/courses\/(.+)\/$/.exec(route);
    if (grade) return this.gradeOf(grade[1]!, url.searchParams, send);
    const completion = /^GET \/completion-aggregator\/v1\/course\/(.+)\/$/.exec(route);
    if (completion) return this.completionOf(completion[1]!, url.searchParams, send);
    send(404, { detail: 'Not found.' });
  }

  private issueToken(form: string, send: Send): void {
    const fields = new URLSearchParams(form);
    if (fields.get('grant_type') !== 'client_credentials')
      return send(400, { error: 'unsupported_grant_type' });
    if (fields.get('client_id') !== CLIENT_ID || fields.get('client_secret') !== CLIENT_SECRET)
      return send(401, { error: 'invalid_client' });
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      iss: `${this.url}/oauth2`,
      aud: 'openedx',
      iat: now,
      exp: now + this.tokenLifetimeSeconds,
      grant_type: 'client-credentials',
      preferred_username: 'learning-paths-service',
      administrator: true,
      scopes: ['read', 'write', 'email', 'profile'],
    };
    const token = `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(payload)}.${randomBytes(32).toString('base64url')}`;
    this.#tokens.set(token, Date.now() + this.tokenLifetimeSeconds * 1000);
    this.tokensIssued += 1;
    const jwt = fields.get('token_type')?.toLowerCase() === 'jwt';
    send(200, {
      access_token: token,
      expires_in: this.tokenLifetimeSeconds,
      token_type: jwt ? 'JWT' : 'Bearer',
      scope: 'read write email profile',
    });
  }

  /** CourseListView: CourseSerializer rows in NamespacedPageNumberPagination's envelope. */
  private listCourses(url: URL, request: IncomingMessage, send: Send): void {
    const size = Math.min(Number(url.searchParams.get('page_size') ?? PAGE_SIZE), MAX_PAGE_SIZE);
    const page = Number(url.searchParams.get('page') ?? 1);
    const pages = Math.max(1, Math.ceil(this.courses.length / size));
    if (!Number.isInteger(page) || page < 1 || page > pages) return send(404, { detail: 'Invalid page.' });
    // DRF writes absolute links from the request's own host.
    const link = (number: number) => {
      const target = new URL(url.pathname, `http://${request.headers.host}`);
      target.searchParams.set('page', String(number));
      target.searchParams.set('page_size', String(size));
      return target.toString();
    };
    send(200, {
      results: this.courses.slice((page - 1) * size, page * size).map((course) => this.courseJson(course)),
      pagination: {
        next: page < pages ? link(page + 1) : null,
        previous: page > 1 ? link(page - 1) : null,
        count: this.courses.length,
        num_pages: pages,
      },
    });
  }

  private courseJson(course: FakeCourse) {
    const [org = '', number = '', run = ''] = course.id.replace(/^course-v1:/, '').split('+');
    return {
      blocks_url: `${this.url}/api/courses/v1/blocks/?course_id=${encodeURIComponent(course.id)}`,
      effort: null,
      end: course.end ?? null,
      enrollment_start: null,
      enrollment_end: null,
      id: course.id,
      media: {
        course_image: { uri: `/asset-v1:${org}+${number}+${run}+type@asset+block@images_course_image.jpg` },
      },
      name: course.name,
      number,
      org: `${org} (display name)`,
      short_description: '',
      start: course.start ?? '2030-01-01T00:00:00Z',
      start_display: null,
      start_type: 'empty',
      pacing: 'instructor',
      mobile_available: false,
      hidden: false,
      invitation_only: course.invitationOnly ?? false,
      course_id: course.id,
    };
  }

  private enrollmentOf(username: string, courseId: string, send: Send): void {
    const enrollment = this.enrollments.get(pairKey(username, courseId));
    const course = this.courses.find((candidate) => candidate.id === courseId);
    // api.get_enrollment answers None, which DRF renders as an empty body.
    if (!enrollment || !course) return send(200);
    send(200, this.enrollmentJson(username, course, enrollment));
  }

  /** EnrollmentListView.post, as global staff: any user, any course, invite-only ones too. */
  private enroll(json: string, send: Send): void {
    const data = parseJson(json);
    const username = data.user as string | undefined;
    const courseId = (data.course_details as { course_id?: string } | undefined)?.course_id;
    if (!courseId) return send(400, { message: 'Course ID must be specified to create a new enrollment.' });
    if (!this.users.some((user) => user.username === username))
      return send(406, { message: `The user ${username} does not exist.` });
    const course = this.courses.find((candidate) => candidate.id === courseId);
    if (!course) return send(400, { message: `No course '${courseId}' found for enrollment` });
    if (data.is_active !== undefined && typeof data.is_active !== 'boolean')
      return send(400, {
        message: `'${JSON.stringify(data.is_active)}' is an invalid enrollment activation status.`,
      });
    const key = pairKey(username!, courseId);
    const enrollment = {
      mode: (data.mode as string | undefined) ?? 'audit',
      isActive: data.is_active ?? true,
      created: this.enrollments.get(key)?.created ?? new Date().toISOString(),
    };
    this.enrollments.set(key, enrollment);
    send(200, this.enrollmentJson(username!, course, enrollment));
  }

  /** CourseEnrollmentSerializer. */
  private enrollmentJson(
    username: string,
    course: FakeCourse,
    enrollment: { mode: string; isActive: boolean; created: string },
  ) {
    return {
      created: enrollment.created,
      mode: enrollment.mode,
      is_active: enrollment.isActive,
      course_details: {
        course_id: course.id,
        course_name: course.name,
        enrollment_start: null,
        enrollment_end: null,
        course_start: course.start ?? null,
        course_end: course.end ?? null,
        invite_only: course.invitationOnly ?? false,
        course_modes: [
          {
            slug: 'audit',
            name: 'Audit',
            min_price: 0,
            suggested_prices: '',
            currency: 'usd',
            expiration_datetime: null,
            description: null,
            sku: null,
            bulk_sku: null,
          },
        ],
        pacing_type: 'Instructor Paced',
      },
      user: username,
    };
  }

  /** EnrollmentAllowedView.post: 201 with the entry, 409 when there is one for the email and course. */
  private allow(json: string, send: Send): void {
    const data = parseJson(json);
    const { email, courseId } = enrollmentAllowedKey(data);
    if (!email || !courseId) return send(400, { message: MISSING_EMAIL_OR_COURSE });
    if (this.allowedIndex(email, courseId) !== -1)
      return send(409, {
        message: `An enrollment allowed with email ${email} and course ${courseId} already exists.`,
      });
    const entry = {
      email,
      course_id: courseId,
      auto_enroll: (data.auto_enroll as boolean | undefined) ?? false,
    };
    this.enrollmentAllowed.push(entry);
    send(201, { ...entry, created: new Date().toISOString(), user: null });
  }

  /** EnrollmentAllowedView.delete (same body as post, both fields required): 204, or 404 with a message. */
  private disallow(json: string, send: Send): void {
    const { email, courseId } = enrollmentAllowedKey(parseJson(json));
    if (!email || !courseId) return send(400, { message: MISSING_EMAIL_OR_COURSE });
    const index = this.allowedIndex(email, courseId);
    if (index === -1)
      return send(404, {
        message: `An enrollment allowed with email ${email} and course ${courseId} doesn't exists.`,
      });
    this.enrollmentAllowed.splice(index, 1);
    send(204);
  }

  private allowedIndex(email: string, courseId: string): number {
    return this.enrollmentAllowed.findIndex((entry) => entry.email === email && entry.course_id === courseId);
  }

  /** AccountViewSet.list: ?username=a,b or ?email=…; 404 when no one matches. */
  private accounts(query: URLSearchParams, send: Send): void {
    const usernames = query.get('username')?.split(',');
    const email = query.get('email');
    const found = this.users.filter((user) =>
      usernames ? usernames.includes(user.username) : email !== null && user.email === email,
    );
    if (found.length === 0) return send(404);
    send(
      200,
      found.map((user) => ({
        id: user.id,
        username: user.username,
        email: user.email,
        name: user.username,
        is_active: true,
        date_joined: '2026-01-05T09:00:00Z',
        country: null,
        bio: null,
        profile_image: { has_image: false },
      })),
    );
  }

  /** CourseGradesView for one user: 404s with their error_code, else a list of one grade. */
  private gradeOf(courseId: string, query: URLSearchParams, send: Send): void {
    const username = query.get('username') ?? '';
    if (!this.courses.some((course) => course.id === courseId))
      return send(404, {
        developer_message: `Requested grade for unknown course ${courseId}`,
        error_code: 'course_does_not_exist',
      });
    if (!this.users.some((user) => user.username === username))
      return send(404, {
        developer_message: 'The user matching the requested username does not exist.',
        error_code: 'user_does_not_exist',
      });
    const key = pairKey(username, courseId);
    if (!this.enrollments.get(key)?.isActive)
      return send(404, {
        developer_message: 'The user matching the requested username is not enrolled in this course',
        error_code: 'user_not_enrolled',
      });
    const grade = this.grades.get(key) ?? { percent: 0, passed: false };
    send(200, [
      {
        username,
        email: '',
        course_id: courseId,
        passed: grade.passed,
        percent: grade.percent,
        letter_grade: null,
      },
    ]);
  }

  /** CompletionDetailView for one user: 404 unless enrolled; the course aggregator, 0 when none yet. */
  private completionOf(courseId: string, query: URLSearchParams, send: Send): void {
    const key = pairKey(query.get('username') ?? '', courseId);
    if (!this.enrollments.get(key)?.isActive) return send(404, { detail: 'Not found.' });
    const percent = this.completions.get(key) ?? 0;
    send(200, {
      pagination: { next: null, previous: null, count: 1, num_pages: 1 },
      results: [{ course_key: courseId, completion: { earned: percent * 20, possible: 20, percent } }],
    });
  }
}

type Send = (status: number, data?: unknown, headers?: Record<string, string>) => void;

const MISSING_EMAIL_OR_COURSE = "Please provide a value for 'email' and 'course_id' in the request data.";

/** The email and course_id of an enrollment_allowed request body. */
function enrollmentAllowedKey(data: Record<string, unknown>): { email?: string; courseId?: string } {
  return { email: data.email as string | undefined, courseId: data.course_id as string | undefined };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
