// The LMS outbox and its sender against the fake Open edX, on SQLite and PostgreSQL: enrolling by
// email never waits for the LMS; the sender gets everything through an LMS that refuses
// connections, hangs or refuses a call, once it comes back or staff try again; a sender killed
// mid-send loses nothing; two senders never hold one call at once; a later cancellation wins;
// an account's enrollment is its own call, apart from an address spelled like its username.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenedx } from '../../test/fake-openedx.ts';
import { createFixture, DS_KEY, NOW, type Fixture } from '../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../test/test-databases.ts';
import { enrollLearners } from '../services/enrollments/enroll-learners.ts';
import { cancelPendingEnrollment } from '../services/enrollments/cancel-pending-enrollment.ts';
import { listPendingEnrollments } from '../services/enrollments/list-pending-enrollments.ts';
import { retryPendingInLms } from '../services/enrollments/retry-pending-in-lms.ts';
import { OpenedxLms } from './openedx/openedx-lms.ts';
import { pairKey } from '../../test/fake-openedx.ts';
import { sendDueCalls, sendNow, type OutboxSenderOptions } from './outbox-sender.ts';

const ALLOWED = '/api/enrollment/v1/enrollment_allowed/';
/** The data-science path's courses. */
const COURSES = 7;

describe.each(await testDatabases())('the LMS outbox on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  let fake: FakeOpenedx;
  let lms: OpenedxLms;
  let clock = Date.now();
  const sender = (overrides: Partial<OutboxSenderOptions> = {}): OutboxSenderOptions => ({
    data: fixture.data,
    lms,
    log: { warn: () => undefined, error: () => undefined },
    timeoutMs: 200,
    now: () => clock,
    ...overrides,
  });
  const drain = async (options = sender()) => {
    while ((await sendDueCalls(options, 'test')).claimed > 0);
  };
  const enroll = (learners: string[]) =>
    enrollLearners({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.teacher!,
      pathKey: DS_KEY,
      learners,
      source: 'api',
      now: NOW,
      lms,
    });
  const lmsState = async (email: string) =>
    (
      await listPendingEnrollments({
        data: fixture.data,
        actor: fixture.actors.teacher!,
        pathKey: DS_KEY,
        limit: 500,
        offset: 0,
      })
    ).items.find((pending) => pending.email === email)?.lms;
  const allowedOf = (email: string) => fake.enrollmentAllowed.filter((entry) => entry.email === email).length;

  beforeAll(async () => {
    fixture = await createFixture(store());
    fake = await FakeOpenedx.start();
    lms = new OpenedxLms(fake.settings(), fixture.data, { retries: 0, timeoutMs: 10_000 });
  });
  afterAll(() => fake.close());

  it('answers without the LMS while it refuses connections, and sends everything once it is back', async () => {
    await fake.down();
    const rows = await enroll(['one@example.org', 'two@example.org', 'three@example.org']);
    expect(rows.map((row) => row.message.id)).toEqual(Array(3).fill('lp.enroll.queuedForLms'));
    const round = await sendDueCalls(sender(), 'test');
    expect(round).toMatchObject({ sent: 0, unreachable: true });
    expect(await lmsState('one@example.org')).toMatchObject({ state: 'waiting', attempts: 1 });
    expect((await lmsState('one@example.org'))?.error).toMatch(/^Open edX could not .*ECONNREFUSED/);
    await fake.up();
    clock += 60_000;
    await drain();
    for (const email of ['one@example.org', 'two@example.org', 'three@example.org']) {
      expect(allowedOf(email)).toBe(COURSES);
      expect(await lmsState(email)).toMatchObject({ state: 'done', error: null });
    }
  });

  it('gives up on an LMS that never answers after its timeout, and sends once it answers', async () => {
    fake.hanging = true;
    await enroll(['hung@example.org']);
    expect(await sendDueCalls(sender(), 'test')).toMatchObject({ sent: 0, unreachable: true });
    expect(await lmsState('hung@example.org')).toMatchObject({
      state: 'waiting',
      attempts: 1,
      error: 'the LMS did not answer within 0.2 s',
    });
    fake.hanging = false;
    clock += 60_000;
    await drain();
    expect(allowedOf('hung@example.org')).toBe(COURSES);
  });

  it('keeps a call the LMS refuses failed, with its reason, until staff try again', async () => {
    fake.failNext(1, { status: 400, message: 'no such course' }, ALLOWED);
    await enroll(['refused@example.org']);
    await drain();
    expect(await lmsState('refused@example.org')).toMatchObject({
      state: 'failed',
      attempts: 1,
      error: expect.stringContaining('400 no such course'),
    });
    clock += 3_600_000;
    await drain();
    expect(await lmsState('refused@example.org')).toMatchObject({ state: 'failed' });
    const retry = (email: string) =>
      retryPendingInLms({
        data: fixture.data,
        actor: fixture.actors.teacher!,
        pathKey: DS_KEY,
        email,
        now: NOW,
      });
    expect(await retry('Refused@example.org')).toBe(1);
    await drain();
    expect(await lmsState('refused@example.org')).toMatchObject({ state: 'done', attempts: 2 });
    await expect(retry('nobody@example.org')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('sends what a killed sender held once its lease has run out', async () => {
    await enroll(['orphan@example.org']);
    const held = await fixture.data.lmsOutbox.claim({
      claimer: 'killed',
      now: new Date(clock).toISOString(),
      until: new Date(clock + 60_000).toISOString(),
      limit: 100,
    });
    expect(held).toHaveLength(COURSES);
    await drain();
    expect(allowedOf('orphan@example.org')).toBe(0);
    clock += 60_001;
    await drain();
    expect(allowedOf('orphan@example.org')).toBe(COURSES);
  });

  it('never lets two senders send one call at once', async () => {
    await enroll(Array.from({ length: 20 }, (_, index) => `crowd${index}@example.org`));
    const before = fake.requestsTo(ALLOWED).length;
    const options = sender({ batchSize: 7 });
    const run = async (claimer: string) => {
      while ((await sendDueCalls(options, claimer)).claimed > 0);
    };
    await Promise.all([run('a'), run('b'), run('c')]);
    expect(fake.requestsTo(ALLOWED).length - before).toBe(20 * COURSES);
  });

  it('sends a cancellation queued while the enrollment is being sent after it', async () => {
    await enroll(['changed@example.org']);
    const held = await fixture.data.lmsOutbox.claim({
      claimer: 'first',
      now: new Date(clock).toISOString(),
      until: new Date(clock + 60_000).toISOString(),
      limit: 100,
    });
    await cancelPendingEnrollment({
      data: fixture.data,
      actor: fixture.actors.teacher!,
      pathKey: DS_KEY,
      email: 'changed@example.org',
      now: NOW,
      lms,
    });
    // The first sender's allow lands after the cancellation was queued: it does not count as done.
    for (const call of held) {
      if (call.action !== 'allow') throw new Error(`only allow calls were queued, not ${call.action}`);
      await lms.allowEnrollment(call);
      await fixture.data.lmsOutbox.markSent(call, 'first', NOW);
    }
    expect(allowedOf('changed@example.org')).toBe(COURSES);
    await drain();
    expect(allowedOf('changed@example.org')).toBe(0);
  });

  it("sends an account's enrollment a killed request held, apart from an address spelled like its username", async () => {
    const course = {
      key: 'course-v1:DemoU+DUAL+2026',
      title: 'Dual',
      org: 'DemoU',
      startsAt: null,
      endsAt: null,
      lmsUrl: null,
      inviteOnly: true,
    };
    await fixture.data.courses.upsert([course], NOW);
    fake.courses = [{ id: course.key, name: course.title }];
    fake.users = [{ id: 90, username: 'dual@example.org', email: 'other@example.org' }];
    await fixture.data.users.create({ username: 'dual@example.org', passwordHash: null }, NOW);
    const enrollCall = {
      action: 'enroll',
      username: 'dual@example.org',
      courseKey: course.key,
      viaPath: DS_KEY,
    } as const;
    const allowCall = { action: 'allow', email: 'dual@example.org', courseKey: course.key } as const;
    await fixture.data.lmsOutbox.queue([enrollCall, allowCall], NOW);
    // A request sending its own call at once dies holding it.
    const held = await fixture.data.lmsOutbox.claimOne(enrollCall, {
      claimer: 'killed',
      now: new Date(clock).toISOString(),
      until: new Date(clock + 60_000).toISOString(),
    });
    expect(held).toMatchObject(enrollCall);
    expect(await sendNow(sender(), enrollCall, 200)).toEqual({ outcome: 'queued' });
    await drain();
    expect(fake.enrollments.get(pairKey('dual@example.org', course.key))).toBeUndefined();
    expect(allowedOf('dual@example.org')).toBe(1);
    clock += 60_001;
    await drain();
    expect(fake.enrollments.get(pairKey('dual@example.org', course.key))?.isActive).toBe(true);
    expect(await fixture.data.lmsOutbox.stateOf(enrollCall)).toEqual({ state: 'done', lastError: null });
  });
});
