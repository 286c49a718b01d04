// Pending enrollments told to Open edX, through the real adapter and the fake LMS, on SQLite and
// PostgreSQL: an unknown address is let into each course of its path once the enrollment commits;
// an LMS failure leaves the enrollment pending, said in its row and logged, and reconciliation
// makes up for it; cancelling takes the address out of the courses no other pending path needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenedx } from '../../../test/fake-openedx.ts';
import { createFixture, DS_KEY, NOW, type Fixture } from '../../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { OpenedxLms } from '../../lms/openedx/openedx-lms.ts';
import { reconcile } from '../../lms/openedx/reconcile.ts';
import { createPath } from '../paths/create-path.ts';
import { publishPath } from '../paths/publish-path.ts';
import { enrollLearners } from './enroll-learners.ts';
import type { LmsLink } from './pending-in-lms.ts';
import { unenrollByEmail } from './unenroll-by-email.ts';

const PAIR = 'path-v1:DemoU+PAIR+2026+a';
const INTRO = 'course-v1:DemoU+DS100+2026';
const EXTRA = 'course-v1:DemoU+EX200+2026';
const ALLOWED = '/api/enrollment/v1/enrollment_allowed/';

describe.each(await testDatabases())('pending enrollments in Open edX on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  let fake: FakeOpenedx;
  let lms: OpenedxLms;
  const warnings: { details: object; message: string }[] = [];
  const link = (): LmsLink => ({
    adapter: lms,
    log: { warn: (details, message) => warnings.push({ details, message }) },
  });
  const enroll = (pathKey: string, learners: string[]) =>
    enrollLearners({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.admin!,
      pathKey,
      learners,
      source: 'api',
      now: NOW,
      lms: link(),
    });
  const allowed = (email: string) =>
    fake.enrollmentAllowed
      .filter((entry) => entry.email === email)
      .map(({ course_id, auto_enroll }) => [course_id, auto_enroll])
      .sort();

  beforeAll(async () => {
    fixture = await createFixture(store());
    // Two courses, one of them shared with the data-science path.
    const definition = {
      key: PAIR,
      title: 'Two courses',
      requirements: {
        id: 'root',
        rule: 'all',
        children: [
          { id: 'intro', course: INTRO },
          { id: 'extra', course: EXTRA },
        ],
      },
    };
    await createPath({ data: fixture.data, actor: fixture.actors.author!, definition, now: NOW });
    await publishPath({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.author!,
      key: PAIR,
      now: NOW,
    });
    fake = await FakeOpenedx.start();
    lms = new OpenedxLms(fake.settings(), fixture.data, { retries: 0 });
  });
  afterAll(() => fake.close());

  it('lets an unknown address into both courses of the path once it is pending', async () => {
    const [row] = await enroll(PAIR, ['New.Person@example.org']);
    expect(row).toMatchObject({ result: 'pending' });
    expect(allowed('new.person@example.org')).toEqual(
      [
        [INTRO, true],
        [EXTRA, true],
      ].sort(),
    );
    // Asking again adds nothing: the address is pending already, and the LMS is not asked.
    const posts = fake.requestsTo(ALLOWED).length;
    expect((await enroll(PAIR, ['new.person@example.org']))[0]!.result).toBe('pending');
    expect(fake.requestsTo(ALLOWED)).toHaveLength(posts);
    expect(warnings).toEqual([]);
  });

  it('keeps the enrollment pending when the LMS fails, says so in its row, and logs it', async () => {
    fake.failNext(2, { status: 500 }, ALLOWED);
    const [row] = await enroll(PAIR, ['late@example.org']);
    expect(row!.result).toBe('pending');
    expect(row!.detail).toBe(
      'no account has this email yet; enrolled when one appears; ' +
        'not in the LMS yet, reconciliation tries again: ' +
        `Open edX could not allow late@example.org to enroll in ${INTRO}: 500 (no details); ` +
        `Open edX could not allow late@example.org to enroll in ${EXTRA}: 500 (no details)`,
    );
    expect(allowed('late@example.org')).toEqual([]);
    const { items } = await fixture.data.enrollments.listPending({ pathKey: PAIR, limit: 10, offset: 0 });
    expect(items.map((pending) => pending.email)).toContain('late@example.org');
    expect(warnings).toEqual([
      {
        message: 'the LMS could not let pending learners in; reconciliation tries again',
        details: expect.objectContaining({ paths: [PAIR], failed: 2 }),
      },
    ]);
  });

  it('reconciliation lets every pending address in again, making what was missing', async () => {
    const run = () => reconcile({ data: fixture.data, compiled: fixture.compiled, lms, pathKey: PAIR });
    expect(await run()).toMatchObject({ pendingPairs: 4, allowedCreated: 2, pendingFailures: [] });
    expect(allowed('late@example.org')).toEqual(
      [
        [INTRO, true],
        [EXTRA, true],
      ].sort(),
    );
    expect(await run()).toMatchObject({ pendingPairs: 4, allowedCreated: 0, pendingFailures: [] });
  });

  it('takes a cancelled address out of the courses its other pending paths do not need', async () => {
    await enroll(DS_KEY, ['new.person@example.org']);
    const cancel = (pathKey: string) =>
      unenrollByEmail({
        data: fixture.data,
        actor: fixture.actors.admin!,
        pathKeys: [pathKey],
        emails: ['new.person@example.org'],
        now: NOW,
        lms: link(),
      });
    // The data-science path still waits for them in INTRO.
    expect(await cancel(PAIR)).toEqual({ unenrolled: 0, pendingCancelled: 1, lmsFailures: [] });
    expect(allowed('new.person@example.org').map(([course]) => course)).not.toContain(EXTRA);
    expect(allowed('new.person@example.org').map(([course]) => course)).toContain(INTRO);
    expect(await cancel(DS_KEY)).toEqual({ unenrolled: 0, pendingCancelled: 1, lmsFailures: [] });
    expect(allowed('new.person@example.org')).toEqual([]);
  });
});
