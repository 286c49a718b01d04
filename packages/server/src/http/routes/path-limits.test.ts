// The format's limits through HTTP: validation needs a signed-in caller, a definition too deep is
// refused with its pointer wherever it is sent (never a 500), and a key of the longest length the
// format allows reaches every route it is part of.
import { describe, expect, it } from 'vitest';
import { FORMAT_LIMITS } from '@learning-paths/core';
import { useTestApp } from '../../../test/test-app.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const KEY = 'path-v1:DemoU+DEEP+2026+a';
const COURSE = 'course-v1:DemoU+DEEP1+2026';

/**
 * A definition of `levels` groups, each the only child of the one above, around one step, as JSON
 * text: written out by hand, since JSON.stringify cannot go that deep.
 */
function nested(levels: number, wrap = (definition: string) => definition): string {
  let node = JSON.stringify({ id: 'leaf', course: COURSE });
  for (let level = levels; level >= 1; level--) node = `{"id":"g${level}","rule":"all","children":[${node}]}`;
  return wrap(`{"key":"${KEY}","title":"Deep","requirements":${node}}`);
}
const asDraft = (definition: string) => `{"definition":${definition}}`;
const TOO_DEEP = {
  pointer: '/requirements' + '/children/0'.repeat(FORMAT_LIMITS.groupDepth),
  message: 'groups may nest at most 32 levels deep; this group is one level deeper',
  translatable: { id: 'lp.problem.tooDeep', values: { limit: 32 } },
};

/** A well-formed key of exactly the longest length, with letters that take six bytes in a URL each. */
function longest(prefix: string, parts: string[]): string {
  const head = `${prefix}:${parts.join('+')}+`;
  return head + 'é'.repeat(FORMAT_LIMITS.keyLength - head.length);
}
const LONG_KEY = longest('path-v1', ['DemoU', 'LONG', '2026']);
const LONG_COURSE = longest('course-v1', ['DemoU', 'LONG']);

describe('the limits of the format over HTTP', () => {
  const { app, as } = useTestApp({
    now: NOW,
    users: { author: [{ role: 'author', scope: 'org:DemoU' }], ada: [] },
  });
  const send = (method: 'POST' | 'PUT', url: string, payload: object | string, user = 'author') =>
    app().inject({ method, url, payload, headers: { ...as(user), 'content-type': 'application/json' } });

  it('validates for signed-in callers only, with pointers', async () => {
    const definition = {
      key: 'path-v1:A+B+C+D',
      title: 'T',
      requirements: {
        id: 'g',
        rule: 'atLeast',
        count: 3,
        children: [{ id: 's', course: 'course-v1:A+B+C' }],
      },
    };
    const anonymous = await app().inject({
      method: 'POST',
      url: '/api/v1/paths/validate',
      payload: definition,
    });
    expect(anonymous.statusCode).toBe(401);
    const response = await send('POST', '/api/v1/paths/validate', definition, 'ada');
    expect([response.statusCode, response.json()]).toEqual([
      200,
      {
        valid: false,
        errors: [
          {
            pointer: '/requirements/count',
            message: 'count is 3 but the group has only 1 child, so it can never be satisfied',
            translatable: { id: 'lp.problem.atLeast.countAboveChildren', values: { count: 3, total: 1 } },
          },
        ],
      },
    ]);
  });

  it('refuses a definition 3,000 levels deep at its pointer when validated, created or saved', async () => {
    const deep = nested(3_000);
    const validated = await send('POST', '/api/v1/paths/validate', deep);
    expect([validated.statusCode, validated.json()]).toEqual([200, { valid: false, errors: [TOO_DEEP] }]);

    const created = await send('POST', '/api/v1/paths', deep);
    expect([created.statusCode, created.json<{ errors: unknown }>().errors]).toEqual([422, [TOO_DEEP]]);

    expect((await send('POST', '/api/v1/paths', nested(FORMAT_LIMITS.groupDepth))).statusCode).toBe(201);
    const saved = await send('PUT', `/api/v1/paths/${KEY}/draft`, nested(3_000, asDraft));
    expect([saved.statusCode, saved.json<{ errors: unknown }>().errors]).toEqual([422, [TOO_DEEP]]);
  });

  it('takes a key of the longest length the format allows through every route it appears in', async () => {
    expect(LONG_KEY).toHaveLength(FORMAT_LIMITS.keyLength);
    const key = encodeURIComponent(LONG_KEY);
    const course = encodeURIComponent(LONG_COURSE);
    const definition = {
      key: LONG_KEY,
      title: 'Long',
      visibility: 'public',
      requirements: { id: 'root', rule: 'all', children: [{ id: 'step', course: LONG_COURSE }] },
    };
    // The life of a path, each step answered in full.
    const steps: [string, string, unknown?, string?][] = [
      ['PUT', `/api/v1/courses/${course}`, { title: 'Long course' }],
      ['POST', '/api/v1/paths', definition],
      ['PUT', `/api/v1/paths/${key}/draft`, { definition }],
      ['POST', `/api/v1/paths/${key}/publish`],
      ['POST', `/api/v1/paths/${key}/enrollments`, { learners: ['ada'] }],
      ['GET', `/api/v1/paths/${key}`],
      ['GET', `/api/v1/paths/${key}/definition`],
      ['GET', `/api/v1/courses/${course}`],
      ['GET', `/api/v1/learners/ada/paths/${key}`],
      ['GET', `/api/v1/me/paths/${key}`, undefined, 'ada'],
      ['GET', `/api/learning_paths/v1/learning-paths/${key}/`, undefined, 'ada'],
    ];
    for (const [method, url, payload, user = 'author'] of steps) {
      const response = await app().inject({
        method: method as 'GET',
        url,
        headers: as(user),
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    }

    // Every route with a key in its address reaches its handler: never 414, never "no route".
    const document = (await app().inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const routes = Object.entries(document.paths).filter(([route]) => route.includes('{key}'));
    expect(routes.length).toBeGreaterThan(15);
    for (const [route, methods] of routes) {
      const url = route
        .replace('{key}', route.startsWith('/api/v1/courses/') ? course : key)
        .replace('{course_key}', course)
        .replace('{username}', 'ada')
        .replace('{email}', 'someone%40example.org')
        .replace('{step}', 'step');
      for (const method of Object.keys(methods)) {
        const response = await app().inject({
          method: method.toUpperCase() as 'GET',
          url,
          headers: as('author'),
        });
        const problem = String(response.headers['content-type']).includes('json')
          ? response.json<{ detail?: string }>()
          : {};
        expect(response.statusCode, `${method} ${route}`).not.toBe(414);
        expect(problem.detail ?? '', `${method} ${route}`).not.toMatch(/^no route/);
      }
    }
  });
});
