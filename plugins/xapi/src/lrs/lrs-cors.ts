// CORS for the LRS endpoints, which content in a browser (an H5P or cmi5 player on another site)
// calls directly: any origin may call them, since they take only a source's explicit Basic
// credentials and never a cookie. Preflights get the xAPI headers (the core's CORS, when
// CORS_ORIGINS is set, lists only its own), and the answers expose X-Experience-API-Version.
import type { FastifyInstance } from 'fastify';

const ALLOWED_HEADERS = 'authorization, content-type, x-experience-api-version';
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, OPTIONS';
const PREFLIGHT_MAX_AGE_SECONDS = 86_400;

/** Adds the CORS headers to the scope's answers and answers its preflights (`paths` under the scope). */
export function allowAnyOrigin(app: FastifyInstance, paths: readonly string[]): void {
  // After the core's own onSend hooks, which were registered before this scope: these win.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.headers.origin !== undefined) {
      reply.header('access-control-allow-origin', '*');
      reply.removeHeader('access-control-allow-credentials');
      reply.header('access-control-expose-headers', 'x-experience-api-version');
      if (request.method === 'OPTIONS') {
        reply.header('access-control-allow-headers', ALLOWED_HEADERS);
        reply.header('access-control-allow-methods', ALLOWED_METHODS);
        reply.header('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS));
      }
    }
    done(null, payload);
  });
  for (const path of paths)
    app.options(path, { schema: { hide: true } }, (_request, reply) => reply.code(204).send());
}
