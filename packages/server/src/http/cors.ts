// CORS for the origins in CORS_ORIGINS (the LMS's micro-frontends), answered as django-cors-headers
// answers for the LMS with CORS_ALLOW_CREDENTIALS and its defaults: preflights get an empty 200,
// an allowed origin is named (never `*`, as credentials come along), other origins get nothing.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config/config.ts';

/** django-cors-headers' default_headers, and the header Open edX's frontend-platform adds to its calls. */
export const CORS_ALLOWED_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'user-agent',
  'x-csrftoken',
  'x-requested-with',
  'use-jwt-cookie',
];
/** django-cors-headers' default_methods. */
export const CORS_ALLOWED_METHODS = ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT'];
/** django-cors-headers' CORS_PREFLIGHT_MAX_AGE default: browsers keep a preflight's answer a day. */
const PREFLIGHT_MAX_AGE_SECONDS = 86_400;

/** Adds Origin to the Vary header unless it is there (Django's patch_vary_headers). */
function varyOnOrigin(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  const fields = vary === undefined ? [] : String(vary).split(/\s*,\s*/);
  if (!fields.some((field) => field.toLowerCase() === 'origin'))
    reply.header('vary', [...fields, 'origin'].join(', '));
}

export function registerCors(app: FastifyInstance, { corsOrigins }: Pick<Config, 'corsOrigins'>): void {
  // Without origins the service answers as an LMS without django-cors-headers: no CORS at all.
  if (corsOrigins.length === 0) return;
  const allowed = new Set(corsOrigins);
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
      void reply.code(200).header('content-length', '0').send();
      return;
    }
    done();
  });
  // On every answer, errors and preflights included; the security headers' hook is left as it is.
  app.addHook('onSend', (request, reply, payload, done) => {
    varyOnOrigin(reply);
    const origin = request.headers.origin;
    if (origin !== undefined && allowed.has(origin)) {
      reply.header('access-control-allow-origin', origin);
      reply.header('access-control-allow-credentials', 'true');
      if (request.method === 'OPTIONS') {
        reply.header('access-control-allow-headers', CORS_ALLOWED_HEADERS.join(', '));
        reply.header('access-control-allow-methods', CORS_ALLOWED_METHODS.join(', '));
        reply.header('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS));
      }
    }
    done(null, payload);
  });
}
