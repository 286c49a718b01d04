// The Open edX adapter against the fake LMS: every catalog page read and mapped, users looked up by
// username and email, enrollment in an invite-only course as the service user, enrollment_allowed
// for a person without an LMS account (made, and taken back), and permanent failures naming the
// learner and the course.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenedx, pairKey } from '../../../test/fake-openedx.ts';
import { NOW } from '../../../test/service-fixture.ts';
import { openStore, type Store } from '../../store/database.ts';
import { dataAccess, type DataAccess } from '../../store/data-access.ts';
import { migrateToLatest } from '../../store/migrate.ts';
import type { CourseInput, CourseRecord } from '../../store/repositories/course-repository.ts';
import { OpenedxError } from './openedx-client.ts';
import { OpenedxLms } from './openedx-lms.ts';

const INVITE_ONLY = 'course-v1:DemoU+DS300+2026';

let fake: FakeOpenedx;
let store: Store;
let data: DataAccess;
let lms: OpenedxLms;

beforeAll(async () => {
  fake = await FakeOpenedx.start();
  fake.courses = Array.from({ length: 250 }, (_, index) => ({
    id: `course-v1:DemoU+C${String(index).padStart(3, '0')}+2026`,
    name: `Course ${index}`,
  }));
  fake.courses[0] = {
    id: INVITE_ONLY,
    name: 'Capstone',
    start: '2026-05-01T00:00:00Z',
    end: '2026-08-31T23:59:59Z',
    invitationOnly: true,
  };
  fake.users = [
    { id: 71, username: 'ada', email: 'ada@example.org' },
    { id: 72, username: 'bea.lms', email: 'bea@example.org' },
  ];
  store = openStore(':memory:');
  await migrateToLatest(store);
  data = dataAccess(store);
  lms = new OpenedxLms(fake.settings(), data, { backoffMs: 10 });
});
afterAll(async () => {
  await fake.close();
  await store.close();
});

const courseRecord = (key: string, lmsUrl: string | null = null): CourseRecord => ({
  key,
  title: key,
  org: 'DemoU',
  startsAt: null,
  endsAt: null,
  lmsUrl,
  inviteOnly: false,
  createdAt: NOW,
  updatedAt: NOW,
});

describe('the Open edX LMS adapter', () => {
  it('reads every page of the catalog, 100 at a time, into catalog courses', async () => {
    const courses: CourseInput[] = [];
    for await (const course of lms.listCourses()) courses.push(course);
    expect(courses).toHaveLength(250);
    expect(courses[0]).toEqual({
      key: INVITE_ONLY,
      title: 'Capstone',
      org: 'DemoU',
      startsAt: '2026-05-01T00:00:00.000Z',
      endsAt: '2026-08-31T23:59:59.000Z',
      lmsUrl: `${fake.url}/courses/${INVITE_ONLY}/about`,
      inviteOnly: true,
    });
    expect(courses[249]).toMatchObject({ key: 'course-v1:DemoU+C249+2026', inviteOnly: false });
    const pages = fake.requestsTo('/api/courses/v1/courses/');
    expect(pages.map(({ query }) => [query.get('page'), query.get('page_size')])).toEqual([
      [null, '100'],
      ['2', '100'],
      ['3', '100'],
    ]);
  });

  it('looks users up by username or email, and knows when there is no one', async () => {
    expect(await lms.findUser({ username: 'ada' })).toEqual({
      username: 'ada',
      email: 'ada@example.org',
      lmsUserId: '71',
    });
    expect(await lms.findUser({ email: 'bea@example.org' })).toMatchObject({ username: 'bea.lms' });
    expect(await lms.findUser({ username: 'nobody' })).toBeUndefined();
    expect(await lms.findUser({ email: 'nobody@example.org' })).toBeUndefined();
  });

  it('enrolls a learner in an invite-only course, once, never linking their account to the LMS', async () => {
    const ada = await data.users.create({ username: 'ada', email: 'ada@example.org' }, NOW);
    const course = courseRecord(INVITE_ONLY);
    expect(
      await lms.enroll({ user: ada, course, viaPath: 'path-v1:DemoU+DS+2026+spring', now: NOW }),
    ).toEqual({
      created: true,
    });
    expect(fake.enrollments.get(pairKey('ada', INVITE_ONLY))).toMatchObject({ isActive: true });
    // A local account is linked by an administrator only: Open edX's `ada` could be someone else.
    expect((await data.users.findByUsername('ada'))?.lmsUserId).toBeNull();

    const posts = fake.requestsTo('/api/enrollment/v1/enrollment').filter(({ method }) => method === 'POST');
    const again = await lms.enroll({
      user: (await data.users.findByUsername('ada'))!,
      course,
      viaPath: 'path-v1:DemoU+DS+2026+spring',
      now: NOW,
    });
    expect(again).toEqual({ created: false });
    expect(
      fake.requestsTo('/api/enrollment/v1/enrollment').filter(({ method }) => method === 'POST'),
    ).toEqual(posts);
  });

  it('enrolls the LMS account with the same email when the usernames differ', async () => {
    const bea = await data.users.create({ username: 'bea', email: 'bea@example.org' }, NOW);
    await lms.enroll({ user: bea, course: courseRecord(INVITE_ONLY), viaPath: 'p', now: NOW });
    expect(fake.enrollments.get(pairKey('bea.lms', INVITE_ONLY))).toMatchObject({ isActive: true });
  });

  it('lets a person without an LMS account in with an auto-enrolling enrollment_allowed entry', async () => {
    const newcomer = await data.users.create({ username: 'newcomer', email: 'new@example.org' }, NOW);
    const enroll = () =>
      lms.enroll({ user: newcomer, course: courseRecord(INVITE_ONLY), viaPath: 'p', now: NOW });
    expect(await enroll()).toEqual({ created: true });
    expect(fake.enrollmentAllowed).toEqual([
      { email: 'new@example.org', course_id: INVITE_ONLY, auto_enroll: true },
    ]);
    expect(await enroll()).toEqual({ created: false });
    expect(fake.enrollmentAllowed).toHaveLength(1);
  });

  it('makes and takes back enrollment_allowed entries, saying when there was nothing to do', async () => {
    const entry = { email: 'later@example.org', courseKey: INVITE_ONLY };
    expect(await lms.allowEnrollment(entry)).toEqual({ created: true });
    expect(await lms.allowEnrollment(entry)).toEqual({ created: false });
    expect(fake.enrollmentAllowed).toContainEqual({
      email: 'later@example.org',
      course_id: INVITE_ONLY,
      auto_enroll: true,
    });
    expect(await lms.disallowEnrollment(entry)).toEqual({ removed: true });
    expect(fake.enrollmentAllowed.filter(({ email }) => email === 'later@example.org')).toEqual([]);
    expect(await lms.disallowEnrollment(entry)).toEqual({ removed: false });
    expect(fake.requestsTo('/api/enrollment/v1/enrollment_allowed/').map(({ method }) => method)).toEqual([
      'POST',
      'POST',
      'POST',
      'POST',
      'DELETE',
      'DELETE',
    ]);
  });

  it('names the learner and the course when an enrollment fails for good', async () => {
    const ada = (await data.users.findByUsername('ada'))!;
    const gone = 'course-v1:DemoU+GONE+2026';
    const failure = await lms
      .enroll({ user: ada, course: courseRecord(gone), viaPath: 'p', now: NOW })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenedxError);
    expect((failure as OpenedxError).message).toBe(
      `Open edX could not enroll ada in ${gone}: 400 No course '${gone}' found for enrollment`,
    );
    const nameless = await data.users.create({ username: 'nameless' }, NOW);
    await expect(
      lms.enroll({ user: nameless, course: courseRecord(INVITE_ONLY), viaPath: 'p', now: NOW }),
    ).rejects.toThrow(
      `cannot enroll nameless in ${INVITE_ONLY}: Open edX has no account named nameless, and there is no email to invite`,
    );
  });

  it("launches a course at its catalog URL, else at the LMS's about page", () => {
    expect(lms.launchUrl(courseRecord(INVITE_ONLY, 'https://lms.example.org/learning/x'))).toBe(
      'https://lms.example.org/learning/x',
    );
    expect(lms.launchUrl(courseRecord(INVITE_ONLY))).toBe(`${fake.url}/courses/${INVITE_ONLY}/about`);
  });

  it('links learners to the public address when the service calls the LMS by an internal one', async () => {
    const behindProxy = new OpenedxLms({ ...fake.settings(), publicUrl: 'https://lms.example.org' }, data);
    expect(behindProxy.launchUrl(courseRecord(INVITE_ONLY))).toBe(
      `https://lms.example.org/courses/${INVITE_ONLY}/about`,
    );
    const synced = [];
    for await (const course of behindProxy.listCourses()) synced.push(course.lmsUrl);
    expect(synced).toContain(`https://lms.example.org/courses/${INVITE_ONLY}/about`);
  });
});
