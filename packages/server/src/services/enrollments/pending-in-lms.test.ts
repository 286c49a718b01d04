// Pending enrollments told to Open edX through the outbox, the real adapter and the fake LMS, on
// SQLite and PostgreSQL: an unknown address is queued for each course of its path with the
// enrollment and let in by the sender; reconciliation makes up for entries lost in the LMS;
// cancelling takes the address out of the courses no other pending path needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenedx } from '../../../test/fake-openedx.ts';
import { createFixture, DS_KEY, NOW, type Fixture } from '../../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { OpenedxLms } from '../../lms/openedx/openedx-lms.ts';
import { sendDueCalls } from '../../lms/outbox-sender.ts';
import { reconcile } from '../openedx/reconcile.ts';
import { createPath } from '../paths/create-path.ts';
import { publishPath } from '../paths/publish-path.ts';
import { enrollLearners } from './enroll-learners.ts';
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

  const enroll = (pathKey: string, learners: string[]) =>
    enrollLearners({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.admin!,
      pathKey,
      learners,
      source: 'api',
      now: NOW,
      lms,
    });
  /** Sends every call due, as the background sender does. */
  const drain = async () => {
    const sender = { data: fixture.data, lms, log: { warn: () => undefined, error: () => undefined } };
    while ((await sendDueCalls(sender, 'test')).claimed > 0);
  };
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

  it('queues letting an unknown address into both courses of the path, and the sender does it', async () => {
    const [row] = await enroll(PAIR, ['New.Person@example.org']);
    expect(row).toMatchObject({
      result: 'pending',
      detail: 'no account has this email yet; enrolled when one appears; queued for the LMS',
      message: { id: 'lp.enroll.queuedForLms' },
    });
    expect(fake.requestsTo(ALLOWED)).toHaveLength(0);
    await drain();
    expect(allowed('new.person@example.org')).toEqual(
      [
        [INTRO, true],
        [EXTRA, true],
      ].sort(),
    );
    // Asking again queues nothing: the address is pending already.
    const posts = fake.requestsTo(ALLOWED).length;
    expect((await enroll(PAIR, ['new.person@example.org']))[0]!.result).toBe('pending');
    await drain();
    expect(fake.requestsTo(ALLOWED)).toHaveLength(posts);
  });

  it('reconciliation lets a pending address in again when the LMS lost its entries', async () => {
    await enroll(PAIR, ['late@example.org']);
    await drain();
    fake.enrollmentAllowed.splice(0, fake.enrollmentAllowed.length);
    expect(allowed('late@example.org')).toEqual([]);
  });

  it('reconciliation lets every pending address in again, making what was missing', async () => {
    const run = () => reconcile({ data: fixture.data, compiled: fixture.compiled, lms, pathKey: PAIR });
    expect(await run()).toMatchObject({ pendingPairs: 4, allowedCreated: 4, pendingFailures: [] });
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
        lms,
      });
    // The data-science path still waits for them in INTRO.
    expect(await cancel(PAIR)).toEqual({ unenrolled: 0, pendingCancelled: 1, queuedForLms: 1 });
    await drain();
    expect(allowed('new.person@example.org').map(([course]) => course)).not.toContain(EXTRA);
    expect(allowed('new.person@example.org').map(([course]) => course)).toContain(INTRO);
    // Every course of the data-science path, INTRO among them.
    expect(await cancel(DS_KEY)).toEqual({ unenrolled: 0, pendingCancelled: 1, queuedForLms: 7 });
    await drain();
    expect(allowed('new.person@example.org')).toEqual([]);
  });
});
