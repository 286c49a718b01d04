// Catalog sync from the fake Open edX on SQLite and PostgreSQL: every page lands in the catalog in one
// go, a second sync updates only what changed, and a key the service cannot take is named, not fatal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenedx } from '../../../test/fake-openedx.ts';
import { NOW } from '../../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { dataAccess } from '../../store/data-access.ts';
import { OpenedxLms } from '../../lms/openedx/openedx-lms.ts';
import { syncCourses } from './sync-courses.ts';

const LATER = '2026-03-02T10:00:00.000Z';
const courseId = (index: number) => `course-v1:DemoU+C${String(index).padStart(3, '0')}+2026`;

describe.each(await testDatabases())('syncing the Open edX catalog on $name', (database) => {
  const store = useDatabase(database);
  let fake: FakeOpenedx;
  beforeAll(async () => {
    fake = await FakeOpenedx.start();
    fake.courses = [
      ...Array.from({ length: 150 }, (_, index) => ({ id: courseId(index), name: `Course ${index}` })),
      { id: 'edX/DemoX/Demo_Course', name: 'An old-style key' },
    ];
  });
  afterAll(() => fake.close());

  it('creates every course of every page, then updates only what changed', async () => {
    const data = dataAccess(store());
    const lms = new OpenedxLms(fake.settings(), data);
    const first = await syncCourses({ data, lms, now: NOW });
    expect(first).toEqual({
      created: 150,
      updated: 0,
      unchanged: 0,
      skipped: [
        { key: 'edX/DemoX/Demo_Course', reason: expect.stringContaining('must start with "course-v1:"') },
      ],
    });
    expect((await data.courses.list({ limit: 1, offset: 0 })).total).toBe(150);
    expect(await data.courses.get(courseId(7))).toMatchObject({
      title: 'Course 7',
      org: 'DemoU',
      lmsUrl: `${fake.url}/courses/${courseId(7)}/about`,
      inviteOnly: false,
    });

    fake.courses[7] = { id: courseId(7), name: 'Course 7, renamed', invitationOnly: true };
    fake.courses.push({ id: courseId(150), name: 'Course 150' });
    expect(await syncCourses({ data, lms, now: LATER })).toMatchObject({
      created: 1,
      updated: 1,
      unchanged: 149,
    });
    expect(await data.courses.get(courseId(7))).toMatchObject({
      title: 'Course 7, renamed',
      inviteOnly: true,
      createdAt: NOW,
      updatedAt: LATER,
    });
    expect(await data.courses.get(courseId(8))).toMatchObject({ updatedAt: NOW });
  });

  it('cuts a title longer than the catalog keeps, and names a key longer than any key may be', async () => {
    const data = dataAccess(store());
    const lms = new OpenedxLms(fake.settings(), data);
    const longKey = `course-v1:DemoU+LONG+${'x'.repeat(250)}`;
    fake.courses = [
      { id: courseId(900), name: 'T'.repeat(600) },
      { id: longKey, name: 'A key too long' },
    ];
    expect(await syncCourses({ data, lms, now: LATER })).toMatchObject({
      created: 1,
      skipped: [{ key: longKey, reason: 'a course key must be at most 255 characters long, not 271' }],
    });
    expect((await data.courses.get(courseId(900)))?.title).toBe('T'.repeat(499) + '…');
  });
});
