// The security headers every answer carries, pages and API alike: a strict Content-Security-Policy
// (scripts, styles and fonts from this service only; images also from IMAGE_HOSTS; no plugins, no
// form posting or <base> elsewhere; framing only by FRAME_ANCESTORS), frame protection for browsers
// that ignore frame-ancestors, no MIME sniffing, no referrer to other sites, and no caching of
// anything that may be private.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/config.ts';

export type SecurityHeaderOptions = Pick<Config, 'imageHosts' | 'frameAncestors'>;

export function contentSecurityPolicy(
  { imageHosts, frameAncestors }: SecurityHeaderOptions,
  styleNonce?: string,
): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    styleNonce === undefined ? "style-src 'self'" : `style-src 'self' 'nonce-${styleNonce}'`,
    ["img-src 'self' data:", ...imageHosts].join(' '),
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    `frame-ancestors ${frameAncestors.length === 0 ? "'none'" : frameAncestors.join(' ')}`,
  ].join('; ');
}

/** The nonce a page's policy allows, kept on its request; null for every other answer. */
const STYLE_NONCE = 'styleNonce';

/**
 * A fresh nonce for the page this request is answered with, which its scripts give the <style>
 * elements they add (Paragon's dialogs lock scrolling with one whose content varies): the policy
 * allows those and no other inline style.
 */
export function styleNonce(request: FastifyRequest): string {
  const nonce = randomBytes(18).toString('base64');
  request.setDecorator(STYLE_NONCE, nonce);
  return nonce;
}

/**
 * Whether an answer must not be stored by any cache: every error, and every API answer whose route
 * did not choose its own caching (uploaded images and the API docs' static files do: they are the
 * same for everyone). API answers depend on who asks, so none is kept by a browser or a proxy.
 */
function mustNotBeStored(request: FastifyRequest, reply: FastifyReply): boolean {
  if (reply.statusCode >= 400) return true;
  return request.url.startsWith('/api/') && !reply.hasHeader('cache-control');
}

/** Adds the headers as each answer is sent: after its handler, which may have given it a style nonce. */
export function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): void {
  const policy = contentSecurityPolicy(options);
  const framable = options.frameAncestors.length > 0;
  // Declared as null before any plugin is registered (web-ui.ts's pages set it): a plugin sees only
  // the request decorations declared before it.
  app.decorateRequest(STYLE_NONCE, null);
  app.addHook('onSend', (request, reply, payload, done) => {
    // A route that sets a stricter policy of its own keeps it (images: default-src 'none').
    if (!reply.hasHeader('content-security-policy')) {
      const nonce = request.getDecorator<string | null>(STYLE_NONCE);
      reply.header('content-security-policy', nonce ? contentSecurityPolicy(options, nonce) : policy);
    }
    // X-Frame-Options cannot name other origins: only sent when no page may frame the service.
    if (!framable) reply.header('x-frame-options', 'DENY');
    // Nothing a user wrote is ever served as active content: browsers must take each response as
    // the type it says (JSON, CSV), never sniff HTML out of it.
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (mustNotBeStored(request, reply)) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
