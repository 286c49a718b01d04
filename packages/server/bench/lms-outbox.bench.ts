// `npm run bench:lms-outbox`: enrolling 1,000 emails in one request while the LMS refuses
// connections, then while it never answers, and how long the outbox sender takes to get every call
// through once the LMS is back (SQLite in memory, the fake Open edX, the data-science path's 7
// courses: 7,000 calls a run). Targets: the request under 2 s, everything sent within a minute.
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeOpenedx } from '../test/fake-openedx.ts';
import { createFixture, DS_KEY, NOW } from '../test/service-fixture.ts';
import { OUTBOX_CALL_TIMEOUT_MS } from '../src/lms/create-lms.ts';
import { OpenedxLms } from '../src/lms/openedx/openedx-lms.ts';
import { startOutboxSender } from '../src/lms/outbox-sender.ts';
import { enrollLearners } from '../src/services/enrollments/enroll-learners.ts';
import { openStore } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';

const EMAILS = 1000;
/** How long the LMS stays away while the sender runs. */
const AWAY_MS = 5000;

const store = openStore(':memory:');
await migrateToLatest(store);
const fixture = await createFixture(store);
const fake = await FakeOpenedx.start();
const quiet = { warn: () => undefined, error: () => undefined, info: () => undefined };
const lms = new OpenedxLms(fake.settings(), fixture.data, { retries: 0, timeoutMs: OUTBOX_CALL_TIMEOUT_MS });

async function run(name: string, away: () => Promise<void>, back: () => Promise<void>): Promise<void> {
  await away();
  const emails = Array.from({ length: EMAILS }, (_, index) => `${name}-${index}@example.org`);
  const started = performance.now();
  const results = await enrollLearners({
    data: fixture.data,
    compiled: fixture.compiled,
    actor: fixture.actors.teacher!,
    pathKey: DS_KEY,
    learners: emails,
    source: 'api',
    now: NOW,
    lms,
  });
  const answered = performance.now() - started;
  const queued = await fixture.data.lmsOutbox.countWaiting();
  const sender = startOutboxSender({ data: fixture.data, lms, log: quiet });
  await sleep(AWAY_MS);
  await back();
  const backAt = performance.now();
  while ((await fixture.data.lmsOutbox.countWaiting()) > 0) await sleep(100);
  const drained = performance.now() - backAt;
  await sender.stop();
  const allowed = fake.enrollmentAllowed.filter((entry) => entry.email.startsWith(`${name}-`)).length;
  console.log(
    `${name}: ${EMAILS} emails answered in ${(answered / 1000).toFixed(2)} s ` +
      `(${results.filter((row) => row.message.id === 'lp.enroll.queuedForLms').length} rows queued for the LMS, ${queued} calls); ` +
      `all sent ${(drained / 1000).toFixed(1)} s after the LMS came back (${allowed} enrollment_allowed entries)`,
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
await fake.close();
await store.close();
