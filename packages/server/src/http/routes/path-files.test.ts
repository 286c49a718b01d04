import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const KEY = 'path-v1:DemoU+WEB+2026+a';
const YAML = `key: ${KEY}
title: Web basics
requirements:
  id: root
  rule: sequence
  children:
    - id: html
      course: course-v1:DemoU+WEB100+2026
`;

describe('path file routes', () => {
  const { app, as } = useTestApp({
    now: NOW,
    users: {
      author: [{ role: 'author', scope: 'org:DemoU' }],
      instructor: [{ role: 'instructor', scope: `path:${KEY}` }],
      learner: [],
    },
  });
  const importFile = (body: string, type: string, query = '') =>
    app().inject({
      method: 'POST',
      url: `/api/v1/paths/import${query}`,
      headers: { ...as('author'), 'content-type': type },
      payload: body,
    });

  it('imports YAML to create a path, then JSON to replace its draft and publish it', async () => {
    const created = await importFile(YAML, 'application/yaml');
    expect(created.json()).toEqual({ key: KEY, created: true, draftRevision: 1, publishedVersion: null });
    const json = JSON.stringify({
      key: KEY,
      title: 'Web basics, revised',
      requirements: {
        id: 'root',
        rule: 'all',
        children: [{ id: 'html', course: 'course-v1:DemoU+WEB100+2026' }],
      },
    });
    const updated = await importFile(json, 'application/json', '?publish=true');
    expect(updated.json()).toEqual({ key: KEY, created: false, draftRevision: 2, publishedVersion: 1 });
  });

  it('refuses malformed YAML with its position (400) and invalid definitions with every problem (422)', async () => {
    const malformed = await importFile('key: [unclosed\n', 'text/yaml');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().detail).toMatch(/^the body is not valid YAML at line \d+, column \d+/);
    const invalid = await importFile(`key: ${KEY}\ntitle: ''\nrequirements: 3\n`, 'application/yaml');
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors.length).toBeGreaterThan(0);
    const forbidden = await app().inject({
      method: 'POST',
      url: '/api/v1/paths/import',
      headers: { ...as('instructor'), 'content-type': 'application/yaml' },
      payload: YAML,
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('exports the published definition, an earlier version, or the draft, as a download', async () => {
    const published = await app().inject({
      url: `/api/v1/paths/${KEY}/definition`,
      headers: as('instructor'),
    });
    expect(published.headers['content-disposition']).toBe(
      'attachment; filename="path-v1_DemoU_WEB_2026_a-v1.json"',
    );
    expect(published.json()).toMatchObject({ key: KEY, title: 'Web basics, revised' });
    const draft = await app().inject({
      url: `/api/v1/paths/${KEY}/definition?version=draft`,
      headers: as('author'),
    });
    expect(draft.json().title).toBe('Web basics, revised');
    expect(
      (await app().inject({ url: `/api/v1/paths/${KEY}/definition?version=7`, headers: as('author') }))
        .statusCode,
    ).toBe(404);
    // An invite-only path is not there for a learner who is not on it.
    expect(
      (await app().inject({ url: `/api/v1/paths/${KEY}/definition`, headers: as('learner') })).statusCode,
    ).toBe(404);
  });

  it('updates one course and searches the catalog', async () => {
    const put = await app().inject({
      method: 'PUT',
      url: '/api/v1/courses/course-v1:DemoU+WEB100+2026',
      headers: as('author'),
      payload: { title: 'HTML and CSS', inviteOnly: true },
    });
    expect(put.json()).toMatchObject({
      key: 'course-v1:DemoU+WEB100+2026',
      title: 'HTML and CSS',
      inviteOnly: true,
    });
    const found = await app().inject({ url: '/api/v1/courses?search=css', headers: as('learner') });
    expect(found.json().items.map((course: { key: string }) => course.key)).toEqual([
      'course-v1:DemoU+WEB100+2026',
    ]);
    expect(
      (await app().inject({ url: '/api/v1/courses?search=%25', headers: as('learner') })).json().total,
    ).toBe(0);
    const badUrl = await app().inject({
      method: 'PUT',
      url: '/api/v1/courses/course-v1:DemoU+WEB100+2026',
      headers: as('author'),
      payload: { title: 'x', lmsUrl: 'javascript:alert(1)' },
    });
    expect(badUrl.statusCode).toBe(422);
  });
});
