// Absolute URLs for answers read outside this service (the Open edX plugin's pages and images):
// resolved against the address the request came to.
import type { FastifyRequest } from 'fastify';

/** The origin the request came to: scheme://host[:port]. */
export function requestOrigin(request: FastifyRequest): string {
  return new URL(`${request.protocol}://${request.host}`).origin;
}

/** `url` (a path such as /api/v1/images/… or an absolute URL) as an absolute URL. */
export function absoluteUrl(request: FastifyRequest, url: string): string {
  return new URL(url, requestOrigin(request)).toString();
}

/** absoluteUrl for this request, as a function of the URL. */
export function absoluteUrls(request: FastifyRequest): (url: string) => string {
  return (url) => absoluteUrl(request, url);
}
