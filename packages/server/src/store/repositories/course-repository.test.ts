import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { CourseRepository, type CourseInput } from './course-repository.ts';

const course = (n: number, extra: Partial<CourseInput> = {}): CourseInput => ({
  key: `course-v1:Org${n % 2}+C${n}+2026`,
  title: `Course ${n}`,
  org: `Org${n % 2}`,
  startsAt: '2026-01-01T00:00:00.000Z',
  endsAt: null,
  lmsUrl: `https://lms.example.org/courses/C${n}`,
  inviteOnly: n % 3 === 0,
  ...extra,
});

describe.each(await testDatabases())('CourseRepository on $name', (database) => {
  const store = useDatabase(database);
  let courses: CourseRepository;
  beforeAll(() => {
    courses = new CourseRepository(store().db);
  });

  it('imports in bulk, beyond one batch, and reads back booleans as booleans', async () => {
    const many = Array.from({ length: 1_203 }, (_, n) => course(n));
    expect(await courses.upsert(many, '2026-01-01T00:00:00.000Z')).toBe(1_203);
    expect(await courses.get('course-v1:Org0+C0+2026')).toEqual({
      ...course(0),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect((await courses.get('course-v1:Org1+C1+2026'))!.inviteOnly).toBe(false);
  });

  it('updates existing courses by key, keeping their creation time', async () => {
    await courses.upsert([course(0, { title: 'Renamed', inviteOnly: false })], '2026-02-01T00:00:00.000Z');
    expect(await courses.get('course-v1:Org0+C0+2026')).toMatchObject({
      title: 'Renamed',
      inviteOnly: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
    });
  });

  it('lists by organisation with a total, and finds many by key', async () => {
    const page = await courses.list({ org: 'Org1', limit: 5, offset: 0 });
    expect([page.items.length, page.total]).toEqual([5, 601]);
    const found = await courses.getMany(['course-v1:Org0+C2+2026', 'course-v1:Nope+X+1']);
    expect([...found.keys()]).toEqual(['course-v1:Org0+C2+2026']);
    expect(await courses.getMany([])).toEqual(new Map());
  });
});
