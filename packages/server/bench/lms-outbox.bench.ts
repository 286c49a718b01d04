// `npm run bench:lms-outbox`: over HTTP, with the LMS refusing connections and then never
// answering: one request enrolling 1,000 emails on the data-science path (7 courses: 7,000
// enrollment_allowed calls), and 50 learners starting its first course (course enrollments); then
// how long the outbox sender takes to get every call through once the LMS is back. SQLite in
// memory, the fake Open edX, the adapters tuned as `start` tunes them. Targets: the 1,000-email
// request under 2 s, each course start within its 5 s wait, everything sent within a minute.
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeOpenedx } from '../test/fake-openedx.ts';
import { createFixture, DS_KEY, NOW } from '../test/service-fixture.ts';
import { buildApp } from '../src/http/app.ts';
import { createLms, createOutboxLms } from '../src/lms/create-lms.ts';
import { startOutboxSender } from '../src/lms/outbox-sender.ts';
import { openStore } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';

const EMAILS = 1000;
const STARTING = 50;
/** How long the LMS stays away while the sender runs. */
const AWAY_MS = 5000;

const store = openStore(':memory:');
await migrateToLatest(store);
const fixture = await createFixture(store);
const fake = await FakeOpenedx.start();
/** The first step's course, in the catalog here and in the LMS. */
const INTRO = 'course-v1:DemoU+DS100+2026';
await fixture.data.courses.upsert(
  [
    {
      key: INTRO,
      title: 'Intro',
      org: 'DemoU',
      startsAt: null,
      endsAt: null,
      lmsUrl: null,
      inviteOnly: true,
    },
  ],
  NOW,
);
fake.courses = [{ id: INTRO, name: 'Intro', invitationOnly: true }];
const quiet = { warn: () => undefined, error: () => undefined, info: () => undefined };
const openedxLms = { openedxLms: fake.settings() };
const app = await buildApp({
  store,
  config: {
    bodyLimitBytes: 4 * 1024 * 1024,
    logLevel: 'silent',
    openedxJwt: null,
    sessionTtlHours: 12,
    sessionCookieSecure: false,
    trustProxy: false,
  },
  lms: createLms(openedxLms, fixture.data),
  outbox: { lms: createOutboxLms(openedxLms, fixture.data) },
  clock: () => new Date(NOW),
});
const base = await app.listen({ host: '127.0.0.1', port: 0 });
const tokenOf = async (userId: number) =>
  (await fixture.data.tokens.create(userId, { name: 'bench', expiresAt: null }, NOW)).token;
const teacherToken = await tokenOf(fixture.actors.teacher!.user.id);

/** POSTs as the token's user; the status, the body and the seconds it took. */
async function post(path: string, token: string, body?: object) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await response.json()) as Record<string, unknown>;
  return { status: response.status, json, seconds: (performance.now() - started) / 1000 };
}

/** Learners on the path with an LMS account and an API token each. */
async function learnersOnPath(name: string): Promise<string[]> {
  const tokens: string[] = [];
  for (let index = 0; index < STARTING; index += 1) {
    const username = `${name}-learner-${index}`;
    const actor = await fixture.makeUser(username, [{ role: 'learner', scope: '*' }], {
      email: `${username}@example.org`,
    });
    fake.users.push({ id: 10_000 + fake.users.length, username, email: `${username}@example.org` });
    tokens.push(await tokenOf(actor.user.id));
  }
  await fixture.enroll(tokens.map((_, index) => `${name}-learner-${index}`));
  return tokens;
}

async function run(name: string, away: () => Promise<void>, back: () => Promise<void>): Promise<void> {
  const starters = await learnersOnPath(name);
  await away();
  const emails = Array.from({ length: EMAILS }, (_, index) => `${name}-${index}@example.org`);
  const enrolled = await post(`/api/v1/paths/${encodeURIComponent(DS_KEY)}/enrollments`, teacherToken, {
    learners: emails,
  });
  const rows = enrolled.json.results as { message: { id: string } }[];
  const starts = await Promise.all(
    starters.map((token) => post(`/api/v1/me/paths/${encodeURIComponent(DS_KEY)}/steps/intro/start`, token)),
  );
  const queued = await fixture.data.lmsOutbox.countWaiting();
  const sender = startOutboxSender({
    data: fixture.data,
    lms: createOutboxLms(openedxLms, fixture.data),
    log: quiet,
  });
  await sleep(AWAY_MS);
  await back();
  const backAt = performance.now();
  while ((await fixture.data.lmsOutbox.countWaiting()) > 0) await sleep(100);
  const drained = (performance.now() - backAt) / 1000;
  await sender.stop();
  const allowed = fake.enrollmentAllowed.filter((entry) => entry.email.startsWith(`${name}-`)).length;
  const courseEnrollments = [...fake.enrollments.keys()].filter((key) =>
    key.startsWith(`${name}-learner-`),
  ).length;
  const slowest = Math.max(...starts.map((start) => start.seconds));
  console.log(
    `${name}: ${EMAILS} emails answered ${enrolled.status} in ${enrolled.seconds.toFixed(2)} s ` +
      `(${rows.filter((row) => row.message.id === 'lp.enroll.queuedForLms').length} rows queued for the LMS); ` +
      `${STARTING} course starts answered ${[...new Set(starts.map((start) => start.status))].join('/')}, ` +
      `the slowest in ${slowest.toFixed(2)} s; ${queued} calls queued; ` +
      `all sent ${drained.toFixed(1)} s after the LMS came back ` +
      `(${allowed} enrollment_allowed entries, ${courseEnrollments} course enrollments)`,
  );
}

await run(
  'refusing',
  () => fake.down(),
  () => fake.up(),
);
await run(
  'hanging',
  () => {
    fake.hanging = true;
    return Promise.resolve();
  },
  () => {
    fake.hanging = false;
    return Promise.resolve();
  },
);
await app.close();
await fake.close();
await store.close();
