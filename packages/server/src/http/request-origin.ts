// Absolute URLs for answers read outside this service (the Open edX plugin's pages and images):
// resolved against the address the request came to.
import type { FastifyRequest } from 'fastify';

/** `url` (a path such as /api/v1/images/… or an absolute URL) as an absolute URL. */
export function absoluteUrl(request: FastifyRequest, url: string): string {
  return new URL(url, `${request.protocol}://${request.host}`).toString();
}

/** absoluteUrl for this request, as a function of the URL. */
export function absoluteUrls(request: FastifyRequest): (url: string) => string {
  return (url) => absoluteUrl(request, url);
}
