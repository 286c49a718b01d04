import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app.ts';
import { dataAccess } from '../../store/data-access.ts';

const course = (code: string) => `course-v1:DemoU+${code}+2026`;
const PATH_KEY = 'path-v1:DemoU+CACHE+2026+a';
let now = new Date('2026-03-01T10:00:00.000Z');

interface Item {
  readonly key: string;
  readonly type: string;
  readonly title: string;
  readonly progress: number;
  readonly dateState: string;
  readonly startsAt: string | null;
  readonly archived?: boolean;
}

describe('My Learning', () => {
  const { app, as, store } = useTestApp({
    now,
    clock: () => now,
    users: {
      author: [{ role: 'author', scope: 'org:DemoU' }],
      lms: [{ role: 'service', scope: '*' }],
      ada: [],
    },
  });
  const send = (method: 'POST' | 'PUT', url: string, user: string, payload: object) =>
    app().inject({ method, url, headers: as(user), payload });
  const learning = async () => {
    const response = await app().inject({ url: '/api/v1/me/learning', headers: as('ada') });
    expect(response.statusCode).toBe(200);
    return new Map((response.json().items as Item[]).map((item) => [item.key, item]));
  };

  beforeAll(async () => {
    const courses = [
      {
        key: course('C1'),
        title: 'First',
        startsAt: '2026-01-01T00:00:00Z',
        lmsUrl: 'https://lms.example.org/1',
      },
      {
        key: course('C2'),
        title: 'Second',
        startsAt: '2026-04-01T00:00:00Z',
        lmsUrl: 'https://lms.example.org/2',
      },
    ];
    expect((await send('POST', '/api/v1/courses', 'author', { courses })).statusCode).toBeLessThan(300);
    await send('POST', '/api/v1/paths', 'author', {
      key: PATH_KEY,
      title: 'Cached path',
      requirements: {
        id: 'root',
        rule: 'all',
        children: [
          { id: 'one', course: course('C1'), criteria: { completion: 1 } },
          { id: 'two', course: course('C2'), criteria: { completion: 1 } },
        ],
      },
    });
    await send('POST', `/api/v1/paths/${PATH_KEY}/publish`, 'author', {});
    await send('POST', `/api/v1/paths/${PATH_KEY}/enrollments`, 'author', { learners: ['ada'] });
  });

  it('keeps the catalog in memory until a catalog write moves its counter', async () => {
    expect((await learning()).get(PATH_KEY)).toMatchObject({ startsAt: '2026-01-01T00:00:00Z' });
    // A write that goes around the repositories moves no counter: the kept catalog still stands,
    // which shows the second read did not load it again.
    await store()
      .db.updateTable('courses')
      .set({ starts_at: '2025-01-01T00:00:00Z' })
      .where('key', '=', course('C1'))
      .execute();
    expect((await learning()).get(PATH_KEY)).toMatchObject({ startsAt: '2026-01-01T00:00:00Z' });
    await store()
      .db.updateTable('courses')
      .set({ starts_at: '2026-01-01T00:00:00Z' })
      .where('key', '=', course('C1'))
      .execute();
  });

  it('shows new facts, course enrollments written by another process and catalog edits at once', async () => {
    await learning();
    await send('POST', '/api/v1/facts', 'lms', {
      facts: [
        { user: 'ada', course: course('C1'), completion: 1, enrolled: true, time: '2026-02-01T00:00:00Z' },
      ],
    });
    const afterFacts = await learning();
    expect(afterFacts.get(PATH_KEY)!.progress).toBeGreaterThan(0);
    expect(afterFacts.get(course('C1'))).toMatchObject({ type: 'course', title: 'First' });

    // Another process (the CLI, a worker) writing through its own data access.
    const elsewhere = dataAccess(store());
    const ada = (await elsewhere.users.findByUsername('ada'))!;
    await elsewhere.courseEnrollments.add({
      userId: ada.id,
      courseKey: course('C2'),
      viaPath: null,
      now: now.toISOString(),
    });
    expect((await learning()).get(course('C2'))).toMatchObject({ type: 'course', title: 'Second' });

    const renamed = await send('PUT', `/api/v1/courses/${encodeURIComponent(course('C1'))}`, 'author', {
      title: 'First, renamed',
      startsAt: '2025-12-01T00:00:00Z',
      lmsUrl: 'https://lms.example.org/1',
    });
    expect(renamed.statusCode).toBe(200);
    expect((await learning()).get(course('C1'))!.title).toBe('First, renamed');
  });

  it('moves a date state on when its date passes', async () => {
    expect((await learning()).get(course('C2'))!.dateState).toBe('upcoming');
    now = new Date('2026-04-01T00:00:01.000Z');
    expect((await learning()).get(course('C2'))!.dateState).toBe('open');
  });

  it('says when a path the learner keeps is archived, and when it is restored', async () => {
    expect((await learning()).get(PATH_KEY)!.archived).toBe(false);
    const archive = (action: string) =>
      app().inject({ method: 'POST', url: `/api/v1/paths/${PATH_KEY}/${action}`, headers: as('author') });
    expect((await archive('archive')).statusCode).toBe(200);
    expect((await learning()).get(PATH_KEY)).toMatchObject({ archived: true, type: 'path' });
    expect((await archive('restore')).statusCode).toBe(200);
    expect((await learning()).get(PATH_KEY)!.archived).toBe(false);
  });
});
