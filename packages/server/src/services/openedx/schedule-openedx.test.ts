// The in-process schedule against the fake Open edX: the catalog synced at start and at every
// interval, reconciliations at theirs, a job at 0 minutes never run, a failed run logged without
// stopping the next, and nothing sent to the LMS once stopped.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeOpenedx } from '../../../test/fake-openedx.ts';
import { openStore, type Store } from '../../store/database.ts';
import { dataAccess, type DataAccess } from '../../store/data-access.ts';
import { migrateToLatest } from '../../store/migrate.ts';
import type { OpenedxLmsConfig } from '../../config/config.ts';
import { OpenedxLms } from '../../lms/openedx/openedx-lms.ts';
import { CompiledPaths } from '../progress/compiled-paths.ts';
import { scheduleOpenedx } from './schedule-openedx.ts';

let fake: FakeOpenedx;
let store: Store;
let data: DataAccess;
beforeAll(async () => {
  fake = await FakeOpenedx.start();
  fake.courses = [{ id: 'course-v1:DemoU+DS100+2026', name: 'Data 100' }];
  store = openStore(':memory:');
  await migrateToLatest(store);
  data = dataAccess(store);
});
afterAll(async () => {
  await fake.close();
  await store.close();
});

function start(settings: Partial<OpenedxLmsConfig>) {
  const logged: { level: 'info' | 'error'; message: string; details: object }[] = [];
  const schedule = scheduleOpenedx({
    lms: new OpenedxLms(fake.settings(settings), data, { retries: 0 }),
    data,
    compiled: new CompiledPaths(),
    log: {
      info: (details, message) => logged.push({ level: 'info', message, details }),
      error: (details, message) => logged.push({ level: 'error', message, details }),
    },
  });
  const runs = (message: string) => logged.filter((entry) => entry.message === message);
  return { schedule, logged, runs };
}

describe('the Open edX schedule', () => {
  it('syncs at start and every interval, reconciles every interval, and stops cleanly', async () => {
    // 60 ms and 120 ms.
    const { schedule, runs } = start({ syncMinutes: 0.001, reconcileMinutes: 0.002 });
    await vi.waitFor(
      () => {
        expect(runs('openedx-sync-courses done').length).toBeGreaterThanOrEqual(2);
        expect(runs('openedx-reconcile done').length).toBeGreaterThanOrEqual(1);
      },
      { timeout: 5000, interval: 20 },
    );
    await schedule.stop();
    expect(runs('openedx-sync-courses done')[0]!.details).toEqual({
      job: 'openedx-sync-courses',
      created: 1,
      updated: 0,
      unchanged: 0,
      skipped: 0,
    });
    expect(runs('openedx-reconcile done')[0]!.details).toEqual({
      job: 'openedx-reconcile',
      pairs: 0,
      notEnrolled: 0,
      changed: 0,
      failed: 0,
      failures: [],
      pendingPairs: 0,
      allowedCreated: 0,
      pendingFailed: 0,
      pendingFailures: [],
    });
    const sent = fake.requests.length;
    await sleep(250);
    expect(fake.requests.length).toBe(sent);
  });

  it('never runs a job set to 0 minutes, and logs a failed run without giving up', async () => {
    fake.failNext(1, { status: 500 });
    const { schedule, runs } = start({ syncMinutes: 0.001, reconcileMinutes: 0 });
    await vi.waitFor(() => expect(runs('openedx-sync-courses done').length).toBeGreaterThanOrEqual(1), {
      timeout: 5000,
      interval: 20,
    });
    await schedule.stop();
    expect(runs('openedx-sync-courses failed')[0]!.details).toMatchObject({
      job: 'openedx-sync-courses',
      err: { message: 'Open edX could not issue an access token to the service: 500 (no details)' },
    });
    expect(runs('openedx-reconcile done')).toEqual([]);
  });
});
