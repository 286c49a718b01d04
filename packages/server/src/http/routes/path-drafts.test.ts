// Drafts saved unfinished over HTTP: stored with their problems (shown again when read), refused
// only for what may never be stored, published only once valid; an imported file is still whole.
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_LIMITS } from '@learning-paths/core';
import { useTestApp } from '../../../test/test-app.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const KEY = 'path-v1:DemoU+WIP+2026+a';
const UNSHARED = 'course-v1:OpenTech+SEC240+2026';
const url = `/api/v1/paths/${encodeURIComponent(KEY)}`;
/** A path as Studio's first save sends it: a key and a title, nothing else filled in yet. */
const started = {
  key: KEY,
  title: 'Work in progress',
  visibility: 'invite_only',
  requirements: { id: 'root', rule: 'all', children: [] },
};
const finished = {
  ...started,
  requirements: { id: 'root', rule: 'all', children: [{ id: 'html', course: 'course-v1:DemoU+HTML+2026' }] },
};
const EMPTY_GROUP = {
  pointer: '/requirements/children',
  message: 'a group needs at least one child; an empty group can never be satisfied',
  translatable: { id: 'lp.problem.emptyGroup', values: {} },
};

describe('unfinished drafts over HTTP', () => {
  const { app, as } = useTestApp({
    now: NOW,
    users: {
      author: [{ role: 'author', scope: 'org:DemoU' }],
      opentech: [{ role: 'author', scope: 'org:OpenTech' }],
    },
  });
  const send = (method: 'GET' | 'PUT' | 'POST', path: string, payload?: unknown, user = 'author') =>
    app().inject({
      method,
      url: path,
      headers: as(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const saveDraft = (definition: unknown) => send('PUT', `${url}/draft`, { definition });

  beforeAll(async () => {
    await send(
      'POST',
      '/api/v1/courses',
      { courses: [{ key: UNSHARED, title: 'Incident Response', inviteOnly: true }] },
      'opentech',
    );
  });

  it('creates a path from an unfinished definition only when asked to, and lists its problems', async () => {
    const strict = await send('POST', '/api/v1/paths', started);
    expect([strict.statusCode, strict.json<{ errors: unknown }>().errors]).toEqual([422, [EMPTY_GROUP]]);
    const created = await send('POST', '/api/v1/paths?unfinished=true', started);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      key: KEY,
      status: 'draft',
      draft: started,
      draftProblems: [EMPTY_GROUP],
    });
  });

  it('saves a half-finished draft and shows its problems when it is read again', async () => {
    const half = { ...started, tiers: [{ id: 'gold', title: 'Gold' }], extra: true };
    const saved = await saveDraft(half);
    expect(saved.statusCode).toBe(200);
    const problems = [
      { pointer: '/extra', message: 'unknown field "extra"' },
      EMPTY_GROUP,
      { pointer: '/tiers/0/requires', message: 'tiers[0].requires is required' },
    ];
    expect(saved.json()).toMatchObject({ draftRevision: 2, draft: half, draftProblems: problems });
    const read = await send('GET', url);
    expect([read.statusCode, read.headers['cache-control']]).toEqual([200, 'no-store']);
    expect(read.json()).toMatchObject({ draft: half, draftProblems: problems });
  });

  it('refuses what a draft may never be, each problem at its pointer', async () => {
    const refusals: [unknown, string][] = [
      ['not a path', ''],
      [{ ...started, key: 'path-v1:DemoU+OTHER+2026+a' }, '/key'],
      [{ ...started, key: 'not a key' }, '/key'],
      [{ ...started, title: '' }, '/title'],
      [{ key: KEY, requirements: started.requirements }, '/title'],
      [{ ...started, title: 'x'.repeat(FORMAT_LIMITS.labelLength + 1) }, '/title'],
      [{ ...started, description: 'x'.repeat(FORMAT_LIMITS.descriptionLength + 1) }, '/description'],
      [{ ...started, tiers: Array.from({ length: FORMAT_LIMITS.tiers + 1 }, () => ({})) }, '/tiers'],
    ];
    for (const [definition, pointer] of refusals) {
      const refused = await saveDraft(definition);
      expect([refused.statusCode, refused.json<{ errors: { pointer: string }[] }>().errors]).toEqual([
        422,
        [expect.objectContaining({ pointer })],
      ]);
    }
    // A readable step of an unfinished draft may not use another organisation's unshared course.
    const unshared = await saveDraft({
      ...started,
      requirements: { id: 'root', rule: 'all', children: [{ bad: 1 }, { id: 'ir', course: UNSHARED, x: 1 }] },
    });
    expect([unshared.statusCode, unshared.json<{ errors: unknown }>().errors]).toEqual([
      422,
      [expect.objectContaining({ pointer: '/requirements/children/1/course' })],
    ]);
    // Nothing refused was stored.
    expect((await send('GET', url)).json()).toMatchObject({ draftRevision: 2 });
  });

  it('publishes only a valid draft, with every problem listed until then', async () => {
    const refused = await send('POST', `${url}/publish`);
    expect(refused.statusCode).toBe(422);
    expect(
      refused.json<{ errors: { pointer: string }[] }>().errors.map((problem) => problem.pointer),
    ).toEqual(['/extra', '/requirements/children', '/tiers/0/requires']);
    expect((await saveDraft(finished)).json()).toMatchObject({ draftProblems: [] });
    const published = await send('POST', `${url}/publish`);
    expect([published.statusCode, published.json<{ version: number }>().version]).toEqual([200, 1]);
  });

  it('still refuses an imported file that is not valid, whole', async () => {
    const imported = await send('POST', '/api/v1/paths/import', { ...finished, title: 'Changed', extra: 1 });
    expect([imported.statusCode, imported.json<{ errors: unknown }>().errors]).toEqual([
      422,
      [expect.objectContaining({ pointer: '/extra' })],
    ]);
    expect((await send('GET', url)).json()).toMatchObject({ title: 'Work in progress' });
  });
});
