// Staff routes that name a learner answer the same for someone who is not on the path and for a
// username no one has, so that staff cannot tell which usernames exist; admins see anyone.
import { beforeAll, describe, expect, it } from 'vitest';
import { DS_KEY, DS_PATH } from '../../../test/service-fixture.ts';
import { useTestApp } from '../../../test/test-app.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const V1 = '/api/learning_paths/v1';

describe('staff routes naming a learner', () => {
  const { app, as } = useTestApp({
    now: NOW,
    users: {
      author: [{ role: 'author', scope: 'org:DemoU' }],
      teacher: [{ role: 'instructor', scope: `path:${DS_KEY}` }],
      ada: [],
      bea: [],
    },
  });
  const call = (method: 'GET' | 'DELETE', url: string, user: string) =>
    app().inject({ method, url, headers: as(user) });
  beforeAll(async () => {
    await app().inject({ method: 'POST', url: '/api/v1/paths', headers: as('author'), payload: DS_PATH });
    await app().inject({ method: 'POST', url: `/api/v1/paths/${DS_KEY}/publish`, headers: as('author') });
    await app().inject({
      method: 'POST',
      url: `/api/v1/paths/${DS_KEY}/enrollments`,
      headers: as('author'),
      payload: { learners: ['ada'] },
    });
  });

  it("gives a learner's evaluation only for the path's learners, in the same answer otherwise", async () => {
    expect((await call('GET', `/api/v1/learners/ada/paths/${DS_KEY}`, 'teacher')).statusCode).toBe(200);
    const notOnPath = await call('GET', `/api/v1/learners/bea/paths/${DS_KEY}`, 'teacher');
    const noOne = await call('GET', `/api/v1/learners/nobody/paths/${DS_KEY}`, 'teacher');
    expect(notOnPath.statusCode).toBe(404);
    expect([noOne.statusCode, noOne.headers['content-type'], noOne.body]).toEqual([
      notOnPath.statusCode,
      notOnPath.headers['content-type'],
      notOnPath.body,
    ]);
    expect(notOnPath.json()).toMatchObject({ detail: `no learner of ${DS_KEY} has this username` });
  });

  it('answers the other lookups by username alike for someone not on the path and no one', async () => {
    const same = async (method: 'GET' | 'DELETE', url: (username: string) => string) => {
      const [notOnPath, noOne] = [
        await call(method, url('bea'), 'teacher'),
        await call(method, url('nobody'), 'teacher'),
      ];
      expect(noOne.statusCode).toBe(notOnPath.statusCode);
      expect(noOne.body.replaceAll('nobody', 'bea')).toBe(notOnPath.body);
      return notOnPath.statusCode;
    };
    expect(await same('GET', (username) => `/api/v1/paths/${DS_KEY}/audit?learner=${username}`)).toBe(200);
    expect(await same('DELETE', (username) => `/api/v1/paths/${DS_KEY}/enrollments/${username}`)).toBe(404);
    expect(await same('GET', (username) => `${V1}/${DS_KEY}/enrollments/?username=${username}`)).toBe(200);
    expect(await same('GET', (username) => `${V1}/enrollments/?username=${username}`)).toBe(200);
  });
});
