// Who is calling, from the first credentials a request carries, in this order:
// `Authorization: Bearer <api token>`, `Authorization: JWT <Open edX JWT>`, Open edX's JWT cookie
// pair (writes only past Django's CSRF check, as in the LMS), the web UI's session cookie. Routes
// that need a caller ask the request's context (request-context.ts), which calls the CallerResolver
// once a request; only the session routes look at how the caller proved who they are.
// A disabled account is refused whatever its credentials.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config/config.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../services/actor.ts';
import { signInWithLms } from '../services/accounts/sign-in-with-lms.ts';
import type { DataAccess } from '../store/data-access.ts';
import type { SessionRecord } from '../store/repositories/session-repository.ts';
import type { UserRecord } from '../store/repositories/user-repository.ts';
import { COOKIES, parseCookies } from './cookies.ts';
import { csrfCookieOf, djangoCsrfCheck } from './django-csrf.ts';
import { openedxJwtVerifier } from './openedx-jwt.ts';

export interface RequestSession extends SessionRecord {
  readonly cookieValue: string;
}

/** Who is calling, and by which credentials: the session routes answer differently for each. */
export type Caller =
  | { readonly actor: Actor; readonly signedInBy: 'token' | 'jwt' | 'lmsCookies' }
  | { readonly actor: Actor; readonly signedInBy: 'session'; readonly session: RequestSession };

/** The caller of a request, checked at `now` (the request's time). */
export type CallerResolver = (request: FastifyRequest, now: string) => Promise<Caller>;

export interface CallerResolverOptions {
  readonly data: DataAccess;
  readonly config: Pick<Config, 'openedxJwt'> & Partial<Pick<Config, 'csrfTrustedOrigins'>>;
  /** Called once for each user created on first sight of their LMS JWT, at the request's time. */
  readonly onUserCreated?: (user: UserRecord, now: string) => Promise<void>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const NO_CREDENTIALS = 'sign in, or send Authorization: Bearer <api token>';
const LMS_COOKIE_WRITES =
  "writes signed in by the Open edX JWT cookies need the LMS's csrftoken cookie, its token in the " +
  'X-CSRFToken header, and an Origin this service trusts (CSRF_TRUSTED_ORIGINS); or send ' +
  'Authorization: JWT <token>, or sign in';
/** A token's last use is kept to the hour: one write an hour at most for a busy token. */
const LAST_USE_PRECISION_MS = 3_600_000;

function enabled(user: UserRecord): UserRecord {
  if (user.disabledAt !== null)
    throw new AppError('unauthenticated', 'this account is disabled: ask an administrator');
  return user;
}

function sameToken(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function callerResolver({ data, config, onUserCreated }: CallerResolverOptions): CallerResolver {
  const { users, sessions, tokens } = data;
  const verify = config.openedxJwt && openedxJwtVerifier(config.openedxJwt);
  const csrfRejection = djangoCsrfCheck(config.csrfTrustedOrigins ?? []);
  const actorOf = async (user: UserRecord): Promise<Actor> => ({
    user: enabled(user),
    grants: await users.grants(user.id),
  });

  async function fromToken(request: FastifyRequest, token: string, now: string): Promise<Actor> {
    const found = await tokens.findWithGrantsByToken(token, now);
    if (!found)
      throw new AppError('unauthenticated', 'the API token is not valid, has expired or was revoked');
    enabled(found.user);
    const { lastUsedAt, id } = found.token;
    if (lastUsedAt === null || Date.parse(now) - Date.parse(lastUsedAt) >= LAST_USE_PRECISION_MS)
      // Last use is a hint for administrators: a database busy with writers must not fail the request.
      await tokens.touch(id, now).catch((error: unknown) => {
        request.log.warn({ err: error }, 'could not record the last use of an API token');
      });
    return { user: found.user, grants: found.grants };
  }

  async function fromJwt(token: string, now: string): Promise<Actor> {
    if (!verify)
      throw new AppError('unauthenticated', 'this service is not configured to accept Open edX JWTs');
    const claims = await verify(token, new Date(now));
    const created = onUserCreated && ((user: UserRecord) => onUserCreated(user, now));
    return actorOf(await signInWithLms({ users, claims, now, onUserCreated: created }));
  }

  async function fromSession(
    request: FastifyRequest,
    cookieValue: string,
    unsafe: boolean,
    now: string,
  ): Promise<Caller> {
    const session = await sessions.findValid(cookieValue, now);
    const user = session && (await users.findById(session.userId));
    if (!session || !user)
      throw new AppError('unauthenticated', 'the session has expired or ended: sign in again');
    // A cookie rides along with requests other sites make; the token only the web UI can read does not.
    if (unsafe && !sameToken(request.headers['x-csrf-token'], session.csrfToken))
      throw new AppError(
        'forbidden',
        'the X-CSRF-Token header is missing or wrong: send the csrfToken given at sign-in (and by GET /api/v1/me)',
      );
    return { actor: await actorOf(user), signedInBy: 'session', session: { ...session, cookieValue } };
  }

  return async (request, now) => {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const [, scheme, credentials] = /^(\S+)\s+(\S+)$/.exec(authorization.trim()) ?? [];
      if (scheme?.toLowerCase() === 'jwt')
        return { actor: await fromJwt(credentials!, now), signedInBy: 'jwt' };
      if (scheme?.toLowerCase() !== 'bearer') throw new AppError('unauthenticated', NO_CREDENTIALS);
      return { actor: await fromToken(request, credentials!, now), signedInBy: 'token' };
    }
    const cookies = parseCookies(request.headers.cookie);
    const unsafe = !SAFE_METHODS.has(request.method);
    const headerPayload = cookies.get(COOKIES.openedxJwtHeaderPayload);
    const signature = cookies.get(COOKIES.openedxJwtSignature);
    // The LMS's cookies are only looked at when its keys are configured: otherwise they belong to
    // the LMS alone, and the session below decides.
    const cookieJwt = verify && headerPayload && signature ? `${headerPayload}.${signature}` : undefined;
    // Other sites' requests carry those cookies too: a write needs what the LMS's JwtAuthentication
    // asks, Django's CSRF check passed. Checked before the JWT, so a forged write creates no account.
    const rejection =
      cookieJwt && unsafe
        ? csrfRejection({
            secure: request.protocol === 'https',
            host: request.host,
            origin: request.headers.origin,
            referer: request.headers.referer,
            cookie: csrfCookieOf(request.headers.cookie),
            // Node joins a repeated header into one string: only Set-Cookie comes as a list.
            token: request.headers['x-csrftoken'] as string | undefined,
          })
        : null;
    if (cookieJwt && rejection === null)
      return { actor: await fromJwt(cookieJwt, now), signedInBy: 'lmsCookies' };
    // As the LMS forgives a JWT cookie that fails and tries its session: the web UI's own writes.
    const sessionCookie = cookies.get(COOKIES.session);
    if (sessionCookie) return fromSession(request, sessionCookie, unsafe, now);
    if (rejection !== null)
      throw new AppError('forbidden', `CSRF Failed: ${rejection} (${LMS_COOKIE_WRITES})`);
    throw new AppError('unauthenticated', NO_CREDENTIALS);
  };
}
