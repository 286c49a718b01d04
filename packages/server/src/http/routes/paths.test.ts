import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app.ts';

const KEY = 'path-v1:DemoU+WEB+2026+a';
const NOW = new Date('2026-03-01T10:00:00.000Z');
const definition = (visibility = 'public', title = 'Web basics') => ({
  key: KEY,
  title,
  visibility,
  requirements: {
    id: 'root',
    rule: 'sequence',
    children: [{ id: 'html', course: 'course-v1:DemoU+HTML+2026' }],
  },
});

describe('path routes', () => {
  const { app: server, as } = useTestApp({
    now: NOW,
    users: { author: [{ role: 'author', scope: 'org:DemoU' }], learner: [] },
  });

  it('wants a valid token', async () => {
    const missing = await server().inject({ method: 'GET', url: `/api/v1/paths/${KEY}` });
    expect([missing.statusCode, missing.json<{ title: string }>().title]).toEqual([401, 'Unauthorized']);
    const wrong = await server().inject({
      method: 'GET',
      url: `/api/v1/paths/${KEY}`,
      headers: { authorization: 'Bearer lp_nope' },
    });
    expect([wrong.statusCode, wrong.json<{ detail: string }>().detail]).toEqual([
      401,
      'the API token is not valid, has expired or was revoked',
    ]);
  });

  it("answers 422 with the engine's errors for an invalid definition", async () => {
    const response = await server().inject({
      method: 'POST',
      url: '/api/v1/paths',
      headers: as('author'),
      payload: { ...definition(), title: 7 },
    });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      status: 422,
      errors: [
        {
          pointer: '/title',
          message: 'title must be a string, not 7',
          // The same sentence for the page to translate.
          translatable: {
            id: 'lp.problem.wrongType',
            values: { field: 'title', expected: 'string', given: 'literal', value: '7' },
          },
        },
      ],
    });
  });

  it('creates a draft (201), refuses the same key again (409) and a learner (403)', async () => {
    const created = await server().inject({
      method: 'POST',
      url: '/api/v1/paths',
      headers: as('author'),
      payload: definition(),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      key: KEY,
      status: 'draft',
      version: null,
      draftRevision: 1,
      createdAt: NOW.toISOString(),
    });
    expect(
      (
        await server().inject({
          method: 'POST',
          url: '/api/v1/paths',
          headers: as('author'),
          payload: definition(),
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await server().inject({
          method: 'POST',
          url: '/api/v1/paths',
          headers: as('learner'),
          payload: definition(),
        })
      ).statusCode,
    ).toBe(403);
  });

  it('hides the draft from a learner (404), then shows the published definition', async () => {
    expect(
      (await server().inject({ method: 'GET', url: `/api/v1/paths/${KEY}`, headers: as('learner') }))
        .statusCode,
    ).toBe(404);
    const saved = await server().inject({
      method: 'PUT',
      url: `/api/v1/paths/${encodeURIComponent(KEY)}/draft`,
      headers: as('author'),
      payload: { definition: definition('public', 'Web basics, revised'), expectedRevision: 1 },
    });
    expect([saved.statusCode, saved.json<{ draftRevision: number }>().draftRevision]).toEqual([200, 2]);
    const stale = await server().inject({
      method: 'PUT',
      url: `/api/v1/paths/${KEY}/draft`,
      headers: as('author'),
      payload: { definition: definition(), expectedRevision: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const published = await server().inject({
      method: 'POST',
      url: `/api/v1/paths/${KEY}/publish`,
      headers: as('author'),
    });
    expect(published.json()).toEqual({
      key: KEY,
      version: 1,
      publishedAt: NOW.toISOString(),
      publishedBy: 'author',
      learnersMoved: 0,
    });
    const seen = await server().inject({
      method: 'GET',
      url: `/api/v1/paths/${KEY}`,
      headers: as('learner'),
    });
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      status: 'published',
      version: 1,
      definition: { title: 'Web basics, revised' },
    });
    expect(seen.json()).not.toHaveProperty('draft');
  });

  it('lists what each caller may see, paginated, and refuses a bad page size', async () => {
    const draftKey = 'path-v1:DemoU+DRAFT+2026+a';
    await server().inject({
      method: 'POST',
      url: '/api/v1/paths',
      headers: as('author'),
      payload: { ...definition(), key: draftKey, title: 'Hidden draft' },
    });
    const forAuthor = await server().inject({
      method: 'GET',
      url: '/api/v1/paths?limit=1',
      headers: as('author'),
    });
    expect(forAuthor.json()).toMatchObject({
      total: 2,
      limit: 1,
      offset: 0,
      items: [{ key: draftKey, status: 'draft' }],
    });
    const forLearner = await server().inject({ method: 'GET', url: '/api/v1/paths', headers: as('learner') });
    expect(forLearner.json()).toEqual({
      total: 1,
      limit: 20,
      offset: 0,
      items: [
        {
          key: KEY,
          org: 'DemoU',
          title: 'Web basics, revised',
          status: 'published',
          version: 1,
          visibility: 'public',
          updatedAt: NOW.toISOString(),
        },
      ],
    });
    const searched = await server().inject({
      method: 'GET',
      url: '/api/v1/paths?search=hidden',
      headers: as('author'),
    });
    expect(searched.json<{ items: { key: string }[] }>().items.map((item) => item.key)).toEqual([draftKey]);
    const bad = await server().inject({
      method: 'GET',
      url: '/api/v1/paths?limit=1000',
      headers: as('author'),
    });
    expect([bad.statusCode, bad.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer]).toEqual([
      400,
      '/query/limit',
    ]);
  });

  it("lists the paths with a step for a course, in the draft or the published version (Studio's outline panel)", async () => {
    const html = 'course-v1:DemoU+HTML+2026';
    const css = 'course-v1:DemoU+CSS+2026';
    const withCourse = (course: string, title = 'Styles') => ({
      ...definition('public', title),
      requirements: { id: 'root', rule: 'all', children: [{ id: 'step', course }] },
    });
    // The course key quoted inside a title is text, not a step.
    const mention = await server().inject({
      method: 'POST',
      url: '/api/v1/paths',
      headers: as('author'),
      payload: { ...withCourse(css, `About "course":"${html}"`), key: 'path-v1:DemoU+CSS+2026+a' },
    });
    expect(mention.statusCode).toBe(201);
    // KEY's published version keeps the HTML course once its draft has moved to CSS.
    const moved = await server().inject({
      method: 'PUT',
      url: `/api/v1/paths/${KEY}/draft`,
      headers: as('author'),
      payload: { definition: withCourse(css, 'Web basics, revised') },
    });
    expect(moved.statusCode).toBe(200);
    const keysFor = async (course: string) =>
      (
        await server().inject({
          method: 'GET',
          url: `/api/v1/paths?course=${encodeURIComponent(course)}`,
          headers: as('author'),
        })
      )
        .json<{ items: { key: string }[] }>()
        .items.map((item) => item.key)
        .sort();
    expect(await keysFor(html)).toEqual(['path-v1:DemoU+DRAFT+2026+a', KEY]);
    expect(await keysFor(css)).toEqual(['path-v1:DemoU+CSS+2026+a', KEY]);
    expect(await keysFor(html.toLowerCase())).toEqual([]);
    await server().inject({
      method: 'PUT',
      url: `/api/v1/paths/${KEY}/draft`,
      headers: as('author'),
      payload: { definition: definition('public', 'Web basics, revised') },
    });
  });

  it('keeps a version history for staff only, and archives and restores', async () => {
    const history = await server().inject({
      method: 'GET',
      url: `/api/v1/paths/${KEY}/versions`,
      headers: as('author'),
    });
    expect(
      history
        .json<{ items: { version: number; publishedBy: string }[] }>()
        .items.map((item) => [item.version, item.publishedBy]),
    ).toEqual([[1, 'author']]);
    expect(
      (await server().inject({ method: 'GET', url: `/api/v1/paths/${KEY}/versions`, headers: as('learner') }))
        .statusCode,
    ).toBe(404);
    expect(
      (await server().inject({ method: 'POST', url: `/api/v1/paths/${KEY}/archive`, headers: as('learner') }))
        .statusCode,
    ).toBe(404);
    const archived = await server().inject({
      method: 'POST',
      url: `/api/v1/paths/${KEY}/archive`,
      headers: as('author'),
    });
    expect(archived.json<{ status: string }>().status).toBe('archived');
    expect(
      (await server().inject({ method: 'POST', url: `/api/v1/paths/${KEY}/publish`, headers: as('author') }))
        .statusCode,
    ).toBe(409);
    expect(
      (await server().inject({ method: 'GET', url: '/api/v1/paths', headers: as('learner') })).json<{
        total: number;
      }>().total,
    ).toBe(0);
    const restored = await server().inject({
      method: 'POST',
      url: `/api/v1/paths/${KEY}/restore`,
      headers: as('author'),
    });
    expect(restored.json<{ status: string }>().status).toBe('published');
  });

  it('reports a malformed draft request body with pointers', async () => {
    const response = await server().inject({
      method: 'PUT',
      url: `/api/v1/paths/${KEY}/draft`,
      headers: as('author'),
      payload: { definition: definition(), expectedRevision: 'two' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { pointer: string }[] }>().errors.map((error) => error.pointer)).toEqual([
      '/expectedRevision',
    ]);
  });

  it('documents the routes with their security in OpenAPI', async () => {
    const document = (await server().inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { security?: unknown }>>;
    }>();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/paths',
        '/api/v1/paths/{key}',
        '/api/v1/paths/{key}/draft',
        '/api/v1/paths/{key}/publish',
      ]),
    );
    expect(document.paths['/api/v1/paths']!.post!.security).toEqual([
      { bearer: [] },
      { jwt: [] },
      { session: [] },
    ]);
  });
});
