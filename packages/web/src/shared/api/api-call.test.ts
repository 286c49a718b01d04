// Calls of the API by route: the address built from the template (each parameter encoded, the
// query's unset values left out), the method and body sent, and the answer read as the route gives
// it (JSON, text, nothing for 204), failures as ApiErrors.
import { afterEach, expect, expectTypeOf, it, vi } from 'vitest';
import { apiCall, routeUrl } from './api-call.ts';
import { ApiError } from './client.ts';

afterEach(() => vi.unstubAllGlobals());

/** Answers fetch with `response`, recording what was asked. */
function stubFetch(response: () => Response): { url: string; init: RequestInit }[] {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(response());
  });
  return calls;
}

it('builds the address from the route template, each parameter encoded, then the query', () => {
  const key = 'path-v1:DemoU+DS+2026+spring';
  expect(
    routeUrl('/api/v1/paths/{key}/pending-enrollments/{email}', { params: { key, email: 'a b@x.org' } }),
  ).toBe('/api/v1/paths/path-v1%3ADemoU%2BDS%2B2026%2Bspring/pending-enrollments/a%20b%40x.org');
  expect(routeUrl('/api/v1/courses', { query: { search: 'data & ml', limit: 8, org: undefined } })).toBe(
    '/api/v1/courses?search=data+%26+ml&limit=8',
  );
  expect(routeUrl('/api/v1/paths', { query: new URLSearchParams('status=draft') })).toBe(
    '/api/v1/paths?status=draft',
  );
  expect(routeUrl('/api/v1/paths', { query: {} })).toBe('/api/v1/paths');
});

it('sends the method and the JSON body, and answers the JSON typed by the route', async () => {
  const calls = stubFetch(() => Response.json({ results: [] }));
  const answer = await apiCall('/api/v1/paths/{key}/enrollments', 'post', {
    params: { key: 'k' },
    body: { learners: ['ada'] },
  });
  expectTypeOf(answer.results).toBeArray();
  expect(answer).toEqual({ results: [] });
  expect(calls[0]!.url).toBe('/api/v1/paths/k/enrollments');
  expect(calls[0]!.init.method).toBe('POST');
  expect(calls[0]!.init.body).toBe('{"learners":["ada"]}');
  expect((calls[0]!.init.headers as Record<string, string>)['content-type']).toBe('application/json');
});

it('reads an answer that is not JSON as text, and a 204 as nothing', async () => {
  stubFetch(() => new Response('username\nada\n', { headers: { 'content-type': 'text/csv' } }));
  const csv = await apiCall('/api/v1/paths/{key}/enrollments.csv', 'get', { params: { key: 'k' } });
  expectTypeOf(csv).toEqualTypeOf<string>();
  expect(csv).toBe('username\nada\n');
  stubFetch(() => new Response(null, { status: 204 }));
  expect(await apiCall('/api/v1/session', 'delete')).toBeUndefined();
});

it('turns a problem+json answer into an ApiError with its status and detail', async () => {
  stubFetch(() =>
    Response.json(
      { detail: 'No such path' },
      { status: 404, headers: { 'content-type': 'application/problem+json' } },
    ),
  );
  const failure = apiCall('/api/v1/paths/{key}', 'get', { params: { key: 'k' } });
  await expect(failure).rejects.toBeInstanceOf(ApiError);
  await expect(failure).rejects.toMatchObject({ status: 404, message: 'No such path' });
});

it('refuses calls the route does not take (checked by the type checker)', () => {
  const wrongCalls = () => [
    // @ts-expect-error the path key is missing
    apiCall('/api/v1/paths/{key}', 'get'),
    // @ts-expect-error the route answers GET only
    apiCall('/api/v1/paths/{key}', 'delete', { params: { key: 'k' } }),
    // @ts-expect-error the route has no such query parameter
    apiCall('/api/v1/courses', 'get', { query: { colour: 'red' } }),
    // @ts-expect-error signing in needs a username and a password
    apiCall('/api/v1/session', 'post', { body: { username: 'ada' } }),
  ];
  expect(wrongCalls).toBeTypeOf('function');
});
