// Organisations own their invite-only courses, on SQLite and PostgreSQL: a DemoU path may use an
// OpenTech invite-only course only while OpenTech shares it (by the course's list or OpenTech's
// default), checked at save, publish, when a learner starts the step, and when the LMS lets
// pending learners in (through the fake Open edX).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenedx } from '../../../test/fake-openedx.ts';
import { createFixture, NOW, type Fixture } from '../../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { OpenedxLms } from '../../lms/openedx/openedx-lms.ts';
import { sendDueCalls } from '../../lms/outbox-sender.ts';
import { reconcile } from '../openedx/reconcile.ts';
import { StandaloneLms } from '../../lms/standalone-lms.ts';
import type { Actor } from '../actor.ts';
import { enrollLearners } from '../enrollments/enroll-learners.ts';
import { startStepCourse } from '../learning/start-step-course.ts';
import { createPath } from '../paths/create-path.ts';
import { publishPath } from '../paths/publish-path.ts';
import { saveDraft } from '../paths/save-draft.ts';
import { courseSharing } from './course-sharing.ts';
import { importCourses } from './import-courses.ts';
import { shareCourse } from './share-course.ts';
import { shareOrganizationCourses } from './share-organization-courses.ts';

const MIXED = 'path-v1:DemoU+MIX+2026+a';
const OWN = 'course-v1:DemoU+DS300+2026';
const OPEN = 'course-v1:OpenTech+CLD101+2026';
const INCIDENTS = 'course-v1:OpenTech+SEC240+2026';
const CLOUD = 'course-v1:OpenTech+SEC230+2026';
/** Where the step of INCIDENTS is in `mixed()`. */
const INCIDENTS_STEP = '/requirements/children/2/children/0/course';

/** A DemoU path with its own invite-only course, an open OpenTech course and, nested, OpenTech's invite-only one. */
function mixed(key = MIXED, foreign = INCIDENTS) {
  return {
    key,
    title: 'Mixed',
    requirements: {
      id: 'root',
      rule: 'all',
      children: [
        { id: 'own', course: OWN },
        { id: 'open', course: OPEN },
        { id: 'group', title: 'Partners', rule: 'all', children: [{ id: 'foreign', course: foreign }] },
      ],
    },
  };
}

const notShared = (course: string) => ({
  code: 'invalid',
  errors: [
    {
      pointer: INCIDENTS_STEP,
      message: `${course} is an invite-only course of OpenTech, which does not share it with DemoU: an author of OpenTech must share it before a DemoU path may use it`,
      translatable: {
        id: 'lp.sharing.notShared',
        values: { course, owner: 'OpenTech', org: 'DemoU' },
      },
    },
  ],
});

describe.each(await testDatabases())('sharing invite-only courses on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  let openTech: Actor;
  let fake: FakeOpenedx;
  const author = () => fixture.actors.author!;
  const share = (sharedWith: string[] | null, actor = openTech, key = INCIDENTS) =>
    shareCourse({ data: fixture.data, actor, key, sharedWith, now: NOW });
  const publish = (key = MIXED) =>
    publishPath({ data: fixture.data, compiled: fixture.compiled, actor: author(), key, now: NOW });
  const start = (step: string) =>
    startStepCourse({
      data: fixture.data,
      compiled: fixture.compiled,
      lms: new StandaloneLms(fixture.data),
      actor: fixture.actors.ada!,
      pathKey: MIXED,
      step,
      now: NOW,
    });

  beforeAll(async () => {
    fixture = await createFixture(store());
    openTech = await fixture.makeUser('opentech', [{ role: 'author', scope: 'org:OpenTech' }]);
    await importCourses({
      data: fixture.data,
      actor: fixture.actors.admin!,
      rows: [
        { key: OWN, title: 'Capstone', inviteOnly: true },
        { key: OPEN, title: 'Linux' },
        { key: INCIDENTS, title: 'Incident Response', inviteOnly: true },
        { key: CLOUD, title: 'Cloud Security', inviteOnly: true },
      ],
      now: NOW,
    });
    fake = await FakeOpenedx.start();
  });
  afterAll(() => fake?.close());

  it("refuses a path with another organisation's unshared invite-only course at its step, storing nothing", async () => {
    await expect(
      createPath({ data: fixture.data, actor: author(), definition: mixed(), now: NOW }),
    ).rejects.toMatchObject(notShared(INCIDENTS));
    expect(await fixture.data.paths.get(MIXED)).toBeUndefined();
    // Admins too: the rule is the organisations', whoever writes the path.
    await expect(
      createPath({ data: fixture.data, actor: fixture.actors.admin!, definition: mixed(), now: NOW }),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it("lets only the course's organisation's authors and admins share it, and checks the list", async () => {
    await expect(share(['DemoU'], author())).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      shareOrganizationCourses({
        data: fixture.data,
        actor: author(),
        org: 'OpenTech',
        shareWith: ['*'],
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(share(['DemoU'], openTech, 'course-v1:OpenTech+NONE+2026')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(share(['DemoU', 'a+b', ''])).rejects.toMatchObject({
      code: 'invalid',
      errors: [{ pointer: '/sharedWith/1' }, { pointer: '/sharedWith/2' }],
    });
    expect(await courseSharing(fixture.data, INCIDENTS)).toMatchObject({ sharedWith: null, effective: [] });
    expect(await share(['OtherU', 'DemoU', 'DemoU'], fixture.actors.admin)).toMatchObject({
      sharedWith: ['DemoU', 'OtherU'],
      effective: ['DemoU', 'OtherU'],
    });
  });

  it('uses a shared course; once the sharing is taken back, neither publishing nor starting opens it', async () => {
    await createPath({ data: fixture.data, actor: author(), definition: mixed(), now: NOW });
    await publish();
    await fixture.enroll(['ada'], { pathKey: MIXED, actor: 'author' });
    expect(await start('foreign')).toMatchObject({ course: INCIDENTS, created: true });

    await share([]);
    await expect(start('foreign')).rejects.toMatchObject({
      code: 'forbidden',
      message:
        "Incident Response cannot be opened from this path: it is an invite-only course of OpenTech, which does not share it with DemoU. The path's staff can tell you more.",
    });
    // Its own invite-only course and open courses still open.
    expect(await start('own')).toMatchObject({ course: OWN });
    expect(await start('open')).toMatchObject({ course: OPEN });
    await expect(publish()).rejects.toMatchObject(notShared(INCIDENTS));
    await expect(
      saveDraft({ data: fixture.data, actor: author(), key: MIXED, definition: mixed(), now: NOW }),
    ).rejects.toMatchObject(notShared(INCIDENTS));
  });

  it("follows the organisation's default where a course has no list of its own", async () => {
    const draft = (foreign: string) =>
      saveDraft({
        data: fixture.data,
        actor: author(),
        key: MIXED,
        definition: mixed(MIXED, foreign),
        now: NOW,
      });
    await expect(draft(CLOUD)).rejects.toMatchObject(notShared(CLOUD));
    expect(
      await shareOrganizationCourses({
        data: fixture.data,
        actor: openTech,
        org: 'OpenTech',
        shareWith: ['DemoU', '*'],
        now: NOW,
      }),
    ).toMatchObject({ org: 'OpenTech', shareInviteOnlyCoursesWith: ['*'], updatedBy: 'opentech' });
    await draft(CLOUD);
    // INCIDENTS' own (empty) list overrides the default, until it is removed.
    await expect(draft(INCIDENTS)).rejects.toMatchObject(notShared(INCIDENTS));
    expect(await share(null)).toMatchObject({
      sharedWith: null,
      organizationDefault: ['*'],
      effective: ['*'],
    });
    await draft(INCIDENTS);
    await share([]);
  });

  it('lets pending learners into the courses the path may still use, and no other', async () => {
    const lms = new OpenedxLms(fake.settings(), fixture.data, { retries: 0 });
    await enrollLearners({
      data: fixture.data,
      lms,
      compiled: fixture.compiled,
      actor: author(),
      pathKey: MIXED,
      learners: ['newcomer@example.org'],
      source: 'api',
      now: NOW,
    });
    // The calls wait in the outbox until the background sender makes them.
    const sender = { data: fixture.data, lms, log: { warn: () => undefined, error: () => undefined } };
    while ((await sendDueCalls(sender, 'test')).claimed > 0);
    const allowed = () =>
      fake.enrollmentAllowed
        .filter((entry) => entry.email === 'newcomer@example.org')
        .map((entry) => entry.course_id)
        .sort();
    expect(allowed()).toEqual([OPEN, OWN].sort());
    expect(
      await reconcile({ data: fixture.data, compiled: fixture.compiled, lms, pathKey: MIXED }),
    ).toMatchObject({ pendingPairs: 2, pendingFailures: [] });
    expect(allowed()).toEqual([OPEN, OWN].sort());
  });
});
