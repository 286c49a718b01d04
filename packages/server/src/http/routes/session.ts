// Routes for the web UI's session: sign in with a password, sign out, and who is signed in (by any
// credentials). The session lives in an HttpOnly cookie, Secure when the request came over HTTPS;
// its CSRF token is given to the page here.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config/config.ts';
import type { Actor } from '../../services/actor.ts';
import { closeSession } from '../../services/accounts/close-session.ts';
import { openSession } from '../../services/accounts/open-session.ts';
import { signInWithPassword } from '../../services/accounts/sign-in-with-password.ts';
import {
  ALLOWED_ATTEMPTS,
  FIRST_WAIT_SECONDS,
  FORGET_AFTER_SECONDS,
  LONGEST_WAIT_SECONDS,
} from '../../services/accounts/sign-in-throttle.ts';
import { COOKIES, parseCookies, serializeCookie } from '../cookies.ts';
import { requestContext, security } from '../request-context.ts';

export type SessionConfig = Pick<Config, 'sessionTtlHours' | 'sessionCookieSecure'>;

const userView = z.object({
  username: z.string(),
  displayName: z.string().nullable(),
  email: z.string().nullable(),
  isAdmin: z.boolean(),
  roles: z.array(
    z.object({
      role: z.string(),
      scope: z.string().meta({ description: '*, org:<org> or path:<path key>' }),
    }),
  ),
});
const csrfToken = z.string().meta({
  description:
    'Send it as X-CSRF-Token with every POST, PUT, PATCH and DELETE signed in by the session cookie.',
});

function view({ user, grants }: Actor): z.infer<typeof userView> {
  const { username, displayName, email, isAdmin } = user;
  return { username, displayName, email, isAdmin, roles: grants.map(({ role, scope }) => ({ role, scope })) };
}

export function sessionRoutes(config: SessionConfig): FastifyPluginAsyncZod {
  // request.protocol says https behind a proxy only under TRUST_PROXY, so a client cannot forge it.
  const cookie = (request: FastifyRequest, value: string, maxAgeSeconds: number) =>
    serializeCookie(COOKIES.session, value, {
      maxAgeSeconds,
      secure: config.sessionCookieSecure || request.protocol === 'https',
    });
  return (app) => {
    app.post(
      '/api/v1/session',
      {
        schema: {
          tags: ['session'],
          summary: 'Sign in to the web UI with a username and password',
          description:
            `Sets the HttpOnly session cookie ${COOKIES.session}, valid ${config.sessionTtlHours} hours ` +
            '(SESSION_TTL_HOURS), and Secure when the request came over HTTPS (behind a proxy that ' +
            'TRUST_PROXY trusts, as its X-Forwarded-Proto says) or when SESSION_COOKIE_SECURE=true. ' +
            '401 with the same message whether the username or the password is wrong; users who sign in ' +
            'through the LMS have no password here. Guessing is throttled: after ' +
            `${ALLOWED_ATTEMPTS.account} attempts for a username (existing or not) or ` +
            `${ALLOWED_ATTEMPTS.address} from a client address, each further one blocks it for a wait ` +
            `that starts at ${FIRST_WAIT_SECONDS} s and doubles up to ${LONGEST_WAIT_SECONDS / 60} min; ` +
            'a blocked sign-in is answered 429 with Retry-After (seconds), its password unchecked. A ' +
            "success clears the username's count; attempts are forgotten " +
            `${FORGET_AFTER_SECONDS / 60} min after the last.`,
          security: [],
          body: z.object({ username: z.string().min(1).max(150), password: z.string().min(1).max(1024) }),
          response: { 200: z.object({ user: userView, csrfToken }) },
        },
      },
      async (request, reply) => {
        const { data, now } = requestContext(request);
        const { user, grants, session } = await signInWithPassword({
          users: data.users,
          sessions: data.sessions,
          failures: data.signInFailures,
          ...request.body,
          clientAddress: request.ip,
          sessionTtlHours: config.sessionTtlHours,
          now,
        });
        const maxAge = (Date.parse(session.expiresAt) - Date.parse(session.createdAt)) / 1000;
        void reply.header('set-cookie', cookie(request, session.cookieValue, maxAge));
        return { user: view({ user, grants }), csrfToken: session.csrfToken };
      },
    );

    app.delete(
      '/api/v1/session',
      {
        schema: {
          tags: ['session'],
          summary: 'Sign out: end the session and clear its cookie',
          description: 'Needs X-CSRF-Token, like every write signed in by the session cookie.',
          security,
          response: { 204: z.null().meta({ description: 'Signed out' }) },
        },
      },
      async (request, reply) => {
        const { data, caller } = requestContext(request);
        const signedIn = await caller();
        if (signedIn.signedInBy === 'session')
          await closeSession({ data, cookieValue: signedIn.session.cookieValue });
        return reply
          .code(204)
          .header('set-cookie', cookie(request, '', 0))
          .send(null);
      },
    );

    app.get(
      '/api/v1/me',
      {
        schema: {
          tags: ['session'],
          summary: 'The signed-in user and their roles',
          description:
            'Works with every kind of credentials; csrfToken is that of the session, null when the ' +
            'request was not signed in by the session cookie. Signed in by the Open edX JWT cookies ' +
            "(which write only past Django's CSRF check, as in the LMS), it opens a session for that " +
            'user too, setting its cookie, so that the web UI can write with the CSRF token it answers.',
          security,
          response: { 200: z.object({ user: userView, csrfToken: csrfToken.nullable() }) },
        },
      },
      async (request, reply) => {
        const { data, caller, now } = requestContext(request);
        const signedIn = await caller();
        const { actor } = signedIn;
        if (signedIn.signedInBy === 'session')
          return { user: view(actor), csrfToken: signedIn.session.csrfToken };
        if (signedIn.signedInBy !== 'lmsCookies') return { user: view(actor), csrfToken: null };
        // The LMS cookie is read first, so a session opened before is looked up here, not reused.
        const { kept, session } = await openSession({
          data,
          actor,
          cookieValue: parseCookies(request.headers.cookie).get(COOKIES.session),
          sessionTtlHours: config.sessionTtlHours,
          now,
        });
        if (!kept)
          void reply.header(
            'set-cookie',
            cookie(request, session.cookieValue, config.sessionTtlHours * 3600),
          );
        return { user: view(actor), csrfToken: session.csrfToken };
      },
    );
    return Promise.resolve();
  };
}
