// The typed way screens call the API: a call names the route as the OpenAPI document does and its
// method, `apiCall('/api/v1/paths/{key}', 'get', { params: { key } })`, and the answer's type
// follows from the route; the address is built from the template, each parameter encoded.
import { request, type RequestOptions } from './client.ts';
import type { CallAnswer, CallBody, MethodOf, Route, RouteLocation } from './types.ts';

type QueryValue = string | number | boolean | null | undefined;

/** An address's parts once a call's types have been checked against its route. */
export interface Address {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, QueryValue>> | URLSearchParams;
}

/** The address of a route: `{name}`s replaced by their encoded parameters, then the query (its
 * unset values left out). */
export function routeUrl(route: Route, { params = {}, query }: Address): string {
  const path = route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search =
    query instanceof URLSearchParams
      ? query
      : new URLSearchParams(
          Object.entries(query ?? {}).flatMap(([name, value]) =>
            value === undefined || value === null ? [] : [[name, String(value)]],
          ),
        );
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

export type CallOptions<R extends Route, M extends MethodOf<R>> = RouteLocation<R, M> &
  CallBody<R, M> & { readonly signal?: AbortSignal };

/** The options may be left out when the route needs neither parameters nor a body. */
type OptionsArgument<R extends Route, M extends MethodOf<R>> =
  Partial<CallOptions<R, M>> extends CallOptions<R, M>
    ? [options?: CallOptions<R, M>]
    : [options: CallOptions<R, M>];

export async function apiCall<R extends Route, M extends MethodOf<R>>(
  route: R,
  method: M,
  ...[options]: OptionsArgument<R, M>
): Promise<CallAnswer<R, M>> {
  const { params, query, ...rest } = (options ?? {}) as Address & Omit<RequestOptions, 'method'>;
  const answer = await request(routeUrl(route, { params, query }), {
    method: method.toUpperCase() as RequestOptions['method'],
    ...rest,
  });
  return answer as CallAnswer<R, M>;
}
