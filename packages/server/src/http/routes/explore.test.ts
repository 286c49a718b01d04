import { beforeAll, describe, expect, it } from 'vitest';
import { DS_KEY, DS_PATH } from '../../../test/service-fixture.ts';
import { useTestApp } from '../../../test/test-app.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const course = (org: string, code: string) => `course-v1:${org}+${code}+2026`;
const WEB = 'path-v1:DemoU+WEB+2026+a';
const CLOUD = 'path-v1:OpenTech+CLOUD+2026+a';
const DRAFT = 'path-v1:DemoU+DRAFT+2026+a';
const ARCHIVED = 'path-v1:DemoU+OLD+2026+a';

interface Explored {
  items: { key: string; title: string; tiers: { title: string }[]; courseCount: number; enrolled: boolean }[];
  total: number;
  orgs: string[];
}

const publicPath = (key: string, fields: object, courses: string[]) => ({
  key,
  visibility: 'public',
  requirements: {
    id: 'root',
    rule: 'all',
    children: courses.map((key, index) => ({ id: `s${index}`, course: key })),
  },
  ...fields,
});

describe('GET /api/v1/explore/paths', () => {
  const { app, as } = useTestApp({
    now: NOW,
    users: {
      author: [{ role: 'author', scope: '*' }],
      ada: [],
    },
  });
  const call = (method: 'POST' | 'GET', url: string, user: string, payload?: object) =>
    app().inject({ method, url, headers: as(user), ...(payload ? { payload } : {}) });
  const explore = async (query: string, user = 'ada') => {
    const response = await call('GET', `/api/v1/explore/paths?${query}`, user);
    expect(response.statusCode).toBe(200);
    // Whether the caller is on each path is theirs alone.
    expect(response.headers['cache-control']).toBe('no-store');
    return response.json<Explored>();
  };

  beforeAll(async () => {
    const keys = ['DS100', 'DS110', 'DS120', 'DS210', 'DS220', 'DS230', 'DS300', 'WEB100', 'WEB200'];
    const courses = [
      ...keys.map((code) => ({ key: course('DemoU', code), title: code })),
      { key: course('OpenTech', 'K8S'), title: 'Kubernetes' },
    ];
    await call('POST', '/api/v1/courses', 'author', { courses });
    await call('POST', '/api/v1/paths', 'author', DS_PATH);
    await call(
      'POST',
      '/api/v1/paths',
      'author',
      publicPath(
        WEB,
        {
          title: 'Web basics',
          level: 'beginner',
          description: 'HTML and **CSS**, then your first site.',
          tiers: [{ id: 'badge', title: 'Web Badge', requires: ['s0'] }],
        },
        [course('DemoU', 'WEB100'), course('DemoU', 'WEB200')],
      ),
    );
    await call(
      'POST',
      '/api/v1/paths',
      'author',
      publicPath(
        CLOUD,
        { title: 'Cloud native', subtitle: 'Containers in production', level: 'intermediate' },
        [course('OpenTech', 'K8S')],
      ),
    );
    await call(
      'POST',
      '/api/v1/paths',
      'author',
      publicPath(DRAFT, { title: 'Draft only' }, [course('DemoU', 'WEB100')]),
    );
    await call(
      'POST',
      '/api/v1/paths',
      'author',
      publicPath(ARCHIVED, { title: 'Old' }, [course('DemoU', 'WEB100')]),
    );
    for (const key of [DS_KEY, WEB, CLOUD, ARCHIVED])
      await call('POST', `/api/v1/paths/${key}/publish`, 'author');
    await call('POST', `/api/v1/paths/${ARCHIVED}/archive`, 'author');
    expect((await call('POST', `/api/v1/me/paths/${CLOUD}/enrollment`, 'ada')).statusCode).toBe(201);
  });

  it('lists only public published paths, A to Z, with what each leads to and whether the caller is on it', async () => {
    const all = await explore('');
    expect(all).toMatchObject({ total: 2, orgs: ['DemoU', 'OpenTech'], limit: 20, offset: 0 });
    expect(all.items).toEqual([
      {
        key: CLOUD,
        org: 'OpenTech',
        title: 'Cloud native',
        subtitle: 'Containers in production',
        image: null,
        level: 'intermediate',
        duration: null,
        timeCommitment: null,
        courseCount: 1,
        tiers: [],
        enrolled: true,
      },
      expect.objectContaining({
        key: WEB,
        courseCount: 2,
        tiers: [{ id: 'badge', title: 'Web Badge' }],
        enrolled: false,
      }),
    ]);
    // Staff see the same list as learners: invite-only paths, drafts and archived paths are not for finding.
    expect((await explore('', 'author')).items.map((path) => path.key)).toEqual([CLOUD, WEB]);
  });

  it('searches title, subtitle and description, filters by organisation and level, and pages', async () => {
    const keys = async (query: string) => (await explore(query)).items.map((path) => path.key);
    expect(await keys('search=css')).toEqual([WEB]);
    expect(await keys('search=PRODUCTION')).toEqual([CLOUD]);
    expect(await keys('search=web%20basics&org=OpenTech')).toEqual([]);
    expect(await keys('org=DemoU')).toEqual([WEB]);
    expect(await keys('level=intermediate')).toEqual([CLOUD]);
    const second = await explore('limit=1&offset=1');
    expect({ keys: second.items.map((path) => path.key), total: second.total }).toEqual({
      keys: [WEB],
      total: 2,
    });
  });

  it('refuses an unknown level and an over-long search, pointing at each', async () => {
    const response = await call('GET', `/api/v1/explore/paths?level=expert&search=${'a'.repeat(201)}`, 'ada');
    expect(response.statusCode).toBe(400);
    expect(response.headers['cache-control']).toBe('no-store');
    const pointers = (response.json().errors as { pointer: string }[]).map((error) => error.pointer).sort();
    expect(pointers).toEqual(['/query/level', '/query/search']);
  });
});
