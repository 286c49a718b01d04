// A learner starting a course while the LMS fails is never held: with the LMS refusing
// connections, failing or hanging, the answer comes within the wait saying the enrollment is
// queued, and the background sender makes it once the LMS is back; an LMS refusing the enrollment
// itself is 502 naming whom and where. Nothing is recorded until the LMS has enrolled the learner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenedx, pairKey } from '../../../test/fake-openedx.ts';
import { useTestApp } from '../../../test/test-app.ts';
import { OpenedxLms } from '../../lms/openedx/openedx-lms.ts';
import { sendDueCalls } from '../../lms/outbox-sender.ts';
import { dataAccess } from '../../store/data-access.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const KEY = 'path-v1:DemoU+WEB+2026+a';
const COURSE = 'course-v1:DemoU+WEB100+2026';
const START = `/api/v1/me/paths/${KEY}/steps/web/start`;
/** One learner a case: what one case's learner is enrolled in stays so. */
const LEARNERS = ['ada', 'bob', 'cy', 'dee', 'eve'];
let fake: FakeOpenedx;

beforeAll(async () => {
  fake = await FakeOpenedx.start();
  fake.courses = [{ id: COURSE, name: 'Web', invitationOnly: true }];
  fake.users = LEARNERS.map((username, index) => ({
    id: 71 + index,
    username,
    email: `${username}@example.org`,
  }));
});
afterAll(() => fake.close());

describe('starting a course while the LMS fails', () => {
  const { app, as, store } = useTestApp({
    now: NOW,
    users: {
      author: [{ role: 'author', scope: 'org:DemoU' }],
      ...Object.fromEntries(LEARNERS.map((username) => [username, []])),
    },
    lms: (data) => new OpenedxLms(fake.settings(), data, { backoffMs: 1 }),
    lmsWaitMs: 300,
  });
  const send = (method: 'GET' | 'POST', url: string, user: string, payload?: object) =>
    app().inject({ method, url, headers: as(user), ...(payload ? { payload } : {}) });
  /** What the background sender does once the LMS answers again (its clock past every backoff). */
  const drainOutbox = async () => {
    const options = {
      data: dataAccess(store()),
      lms: new OpenedxLms(fake.settings(), dataAccess(store()), { retries: 0 }),
      log: { warn: () => undefined, error: () => undefined },
      now: () => Date.now() + 3_600_000,
    };
    while ((await sendDueCalls(options, 'test')).claimed > 0);
  };
  const enrolledHere = async (learner: string) =>
    (await send('GET', `/api/v1/me/paths/${KEY}`, learner)).json().courses[COURSE].enrolled as boolean;
  const enrolledInLms = (learner: string) =>
    fake.enrollments.get(pairKey(learner, COURSE))?.isActive === true;

  beforeAll(async () => {
    await send('POST', '/api/v1/courses', 'author', { courses: [{ key: COURSE, title: 'Web' }] });
    await send('POST', '/api/v1/paths', 'author', {
      key: KEY,
      title: 'Web',
      requirements: { id: 'root', rule: 'all', children: [{ id: 'web', course: COURSE }] },
    });
    await send('POST', `/api/v1/paths/${KEY}/publish`, 'author');
    await send('POST', `/api/v1/paths/${KEY}/enrollments`, 'author', { learners: LEARNERS });
  });

  it('enrolls at once, invite-only course included, when the LMS answers', async () => {
    const started = await send('POST', START, 'dee');
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ lms: 'done', created: true });
    expect(enrolledInLms('dee')).toBe(true);
    expect(await enrolledHere('dee')).toBe(true);
  });

  it('answers 502 naming the learner and the course when the LMS refuses the enrollment', async () => {
    fake.failNext(1, { status: 400, message: 'Enrollment is closed' }, '/api/enrollment/v1/enrollment');
    const started = await send('POST', START, 'eve');
    expect(started.statusCode).toBe(502);
    expect(started.json()).toMatchObject({ title: 'Bad gateway' });
    expect(started.json().detail).toMatch(/eve/);
    expect(started.json().detail).toContain(COURSE);
    // Refused for good: the sender does not send it again by itself; the learner's next click does.
    await drainOutbox();
    expect(enrolledInLms('eve')).toBe(false);
    expect((await send('POST', START, 'eve')).statusCode).toBe(200);
    expect(enrolledInLms('eve')).toBe(true);
  });

  // Last: a hung call keeps the request adapter's token fetch waiting for its own timeout.
  const asPromise = (change: () => void) => () => {
    change();
    return Promise.resolve();
  };
  it.each([
    ['refuses connections', 'ada', () => fake.down(), () => fake.up()],
    // Five 500s: the request's own attempt and its client's four retries.
    ['fails every call', 'bob', asPromise(() => fake.failNext(5, { status: 500 })), () => Promise.resolve()],
    [
      'never answers',
      'cy',
      asPromise(() => {
        fake.hanging = true;
      }),
      asPromise(() => {
        fake.hanging = false;
      }),
    ],
  ])(
    'answers 202 "queued" at once while the LMS %s, and enrolls once it is back',
    async (_, learner, fail, recover) => {
      await fail();
      const started = await send('POST', START, learner);
      expect(started.statusCode, started.body).toBe(202);
      expect(started.json()).toMatchObject({ course: COURSE, lms: 'queued', created: false });
      expect(started.headers['cache-control']).toBe('no-store');
      expect(await enrolledHere(learner)).toBe(false);
      await recover();
      await drainOutbox();
      expect(enrolledInLms(learner)).toBe(true);
    },
  );
});
