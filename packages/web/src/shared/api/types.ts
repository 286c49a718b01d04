// Request and response types of the API routes, read from the generated OpenAPI types, so that a
// screen says `Answer<'/api/v1/me/learning', 'get'>` and follows the server when a route changes.
import type { paths } from './openapi.ts';

type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON answer of a route for a status (200 unless said). */
export type Answer<
  Path extends keyof paths,
  Method extends keyof paths[Path],
  Status extends number = 200,
> = paths[Path][Method] extends { responses: infer Responses }
  ? Status extends keyof Responses
    ? JsonOf<Responses[Status]>
    : never
  : never;

/** The JSON body a route takes. */
export type RequestBody<
  Path extends keyof paths,
  Method extends keyof paths[Path],
> = paths[Path][Method] extends {
  requestBody?: infer Body;
}
  ? JsonOf<NonNullable<Body>>
  : never;
