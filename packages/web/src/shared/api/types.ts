// Request and response types of the API routes, read from the generated OpenAPI types, so that a
// screen says `Answer<'/api/v1/me/learning', 'get'>` and follows the server when a route changes;
// and what `apiCall` checks a call against (its parameters, query and body) and infers it answers.
import type { paths } from './openapi.ts';

/** A route of the API as its OpenAPI document names it, `/api/v1/paths/{key}`. */
export type Route = keyof paths;
export type Method = 'get' | 'put' | 'post' | 'delete';

type Operation<R extends Route, M extends Method> = NonNullable<paths[R][M]>;

/** The methods a route answers. */
export type MethodOf<R extends Route> = {
  [M in Method]: [Operation<R, M>] extends [never] ? never : M;
}[Method];

/** The routes that answer GET. */
export type ReadRoute = { [R in Route]: 'get' extends MethodOf<R> ? R : never }[Route];

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

type SuccessOf<Response> = Response extends { content: { 'application/json': infer Body } }
  ? Body
  : // A route that answers no JSON (a CSV export) is read as text.
    string;

/** What a call of a route resolves to: the answer of any success status, undefined for 204. */
export type CallAnswer<R extends Route, M extends Method> =
  Operation<R, M> extends { responses: infer Responses }
    ? {
        [Status in keyof Responses]: Status extends 204
          ? undefined
          : Status extends 200 | 201 | 202
            ? SuccessOf<Responses[Status]>
            : never;
      }[keyof Responses]
    : never;

type PathParamsOf<R extends Route, M extends Method> =
  Operation<R, M> extends { parameters: { path: infer Params } } ? Params : never;

type QueryOf<R extends Route, M extends Method> =
  Operation<R, M> extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;

/** Query parameters as the route types them, numbers also as their text; or a screen's own
 * URLSearchParams (filters it keeps in the page's address). */
export type QueryValues<Query> =
  | {
      readonly [Name in keyof Query]?:
        Query[Name] | (NonNullable<Query[Name]> extends number ? string : never);
    }
  | URLSearchParams;

/** Where a call goes: the route's path parameters (required when it has some) and its query. */
export type RouteLocation<R extends Route, M extends Method> = ([PathParamsOf<R, M>] extends [never]
  ? { readonly params?: never }
  : { readonly params: PathParamsOf<R, M> }) &
  ([QueryOf<R, M>] extends [never]
    ? { readonly query?: never }
    : { readonly query?: QueryValues<QueryOf<R, M>> });

type BodyOf<Content> = 'application/json' extends keyof Content
  ? Content['application/json']
  : // Files (images) are sent as they are, with their content type.
    Blob | string;

/** The body a call sends: the route's JSON, or a file or text sent with `contentType`. */
export type CallBody<R extends Route, M extends Method> =
  Operation<R, M> extends { requestBody: { content: infer Content } }
    ? { readonly body: BodyOf<Content>; readonly contentType?: string }
    : { readonly body?: never; readonly contentType?: never };
