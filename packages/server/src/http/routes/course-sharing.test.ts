// Sharing invite-only courses through the API: set by the owning organisation's authors, refused
// at a path's step with 422 while not shared, and a learner's start refused with 403 once taken back.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const INCIDENTS = 'course-v1:OpenTech+SEC240+2026';
const PATH = 'path-v1:DemoU+SHARED+2026+a';
const definition = {
  key: PATH,
  title: 'Shared',
  visibility: 'public',
  requirements: { id: 'root', rule: 'all', children: [{ id: 'incidents', course: INCIDENTS }] },
};

describe('course sharing routes', () => {
  const { app, as } = useTestApp({
    now: NOW,
    users: {
      author: [{ role: 'author', scope: 'org:DemoU' }],
      opentech: [{ role: 'author', scope: 'org:OpenTech' }],
      ada: [],
    },
  });
  const send = (method: 'GET' | 'PUT' | 'POST', url: string, user: string, payload?: object) =>
    app().inject({ method, url, headers: as(user), ...(payload ? { payload } : {}) });
  const sharing = `/api/v1/courses/${INCIDENTS}/sharing`;
  beforeAll(async () => {
    await send('POST', '/api/v1/courses', 'opentech', {
      courses: [{ key: INCIDENTS, title: 'Incident Response', inviteOnly: true }],
    });
  });

  it("refuses a path's step using an unshared invite-only course with 422 at the step", async () => {
    const response = await send('POST', '/api/v1/paths', 'author', definition);
    expect([response.statusCode, response.headers['content-type']]).toEqual([
      422,
      'application/problem+json; charset=utf-8',
    ]);
    expect(response.json()).toMatchObject({
      errors: [
        {
          pointer: '/requirements/children/0/course',
          message: expect.stringContaining(
            'an author of OpenTech must share it before a DemoU path may use it',
          ),
        },
      ],
    });
  });

  it("lets the course's organisation share it, and stops learners starting it once taken back", async () => {
    const read = await send('GET', sharing, 'ada');
    expect([read.statusCode, read.headers['cache-control']]).toEqual([200, 'no-store']);
    expect(read.json()).toEqual({
      course: INCIDENTS,
      org: 'OpenTech',
      inviteOnly: true,
      sharedWith: null,
      organizationDefault: [],
      effective: [],
    });
    expect((await send('PUT', sharing, 'author', { sharedWith: ['DemoU'] })).statusCode).toBe(403);
    const shared = await send('PUT', sharing, 'opentech', { sharedWith: ['DemoU'] });
    expect([shared.statusCode, shared.headers['cache-control'], shared.json().effective]).toEqual([
      200,
      'no-store',
      ['DemoU'],
    ]);

    expect((await send('POST', '/api/v1/paths', 'author', definition)).statusCode).toBe(201);
    expect((await send('POST', `/api/v1/paths/${PATH}/publish`, 'author')).statusCode).toBe(200);
    expect((await send('POST', `/api/v1/me/paths/${PATH}/enrollment`, 'ada')).statusCode).toBe(201);
    const start = () => send('POST', `/api/v1/me/paths/${PATH}/steps/incidents/start`, 'ada');
    expect((await start()).statusCode).toBe(200);

    await send('PUT', sharing, 'opentech', { sharedWith: [] });
    const refused = await start();
    expect([refused.statusCode, refused.headers['content-type']]).toEqual([
      403,
      'application/problem+json; charset=utf-8',
    ]);
    expect(refused.json().detail).toBe(
      "Incident Response cannot be opened from this path: it is an invite-only course of OpenTech, which does not share it with DemoU. The path's staff can tell you more.",
    );
    expect((await send('POST', `/api/v1/paths/${PATH}/publish`, 'author')).statusCode).toBe(422);
  });

  it("sets an organisation's default, checking each entry and the names", async () => {
    const url = '/api/v1/organizations/OpenTech/sharing';
    const bad = await send('PUT', url, 'opentech', { shareInviteOnlyCoursesWith: ['DemoU', 'a+b'] });
    expect([bad.statusCode, bad.json().errors]).toEqual([
      422,
      [
        {
          pointer: '/shareInviteOnlyCoursesWith/1',
          message: expect.stringContaining('"a+b" is not an organisation'),
        },
      ],
    ]);
    expect((await send('PUT', url, 'author', { shareInviteOnlyCoursesWith: ['DemoU'] })).statusCode).toBe(
      403,
    );
    const set = await send('PUT', url, 'opentech', { shareInviteOnlyCoursesWith: ['DemoU'] });
    expect([set.statusCode, set.headers['cache-control'], set.json()]).toEqual([
      200,
      'no-store',
      {
        org: 'OpenTech',
        shareInviteOnlyCoursesWith: ['DemoU'],
        updatedBy: 'opentech',
        updatedAt: NOW.toISOString(),
      },
    ]);
    expect((await send('GET', url, 'ada')).json().shareInviteOnlyCoursesWith).toEqual(['DemoU']);
    expect((await send('GET', '/api/v1/organizations/a+b/sharing', 'ada')).statusCode).toBe(404);
    expect(
      (await send('GET', '/api/v1/courses/course-v1:OpenTech+NONE+2026/sharing', 'ada')).statusCode,
    ).toBe(404);
  });
});
