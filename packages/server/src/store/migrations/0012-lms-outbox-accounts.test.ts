// The upgrade of an outbox holding calls about addresses: they keep their state and are still
// found, sent and retried as before; going back keeps them too.
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { LmsOutboxRepository } from '../repositories/lms-outbox-repository.ts';
import { lmsOutboxAccounts } from './0012-lms-outbox-accounts.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const COURSE = 'course-v1:DemoU+WEB100+2026';

describe.each(await testDatabases())('migration 0012 on $name', (database) => {
  const store = useDatabase(database);

  it('keeps the calls about addresses of an existing outbox, both ways', async () => {
    const db = store().db as unknown as Kysely<unknown>;
    await lmsOutboxAccounts.down!(db);
    const raw = store().db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    await raw
      .insertInto('lms_outbox')
      .values({
        email: 'ann@example.org',
        course_key: COURSE,
        action: 'allow',
        state: 'failed',
        generation: 3,
        attempts: 2,
        last_error: 'no such course',
        next_attempt_at: NOW,
        queued_at: NOW,
      })
      .execute();
    await lmsOutboxAccounts.up(db);

    const outbox = new LmsOutboxRepository(store().db);
    expect(await outbox.statuses(['ann@example.org'], [COURSE])).toEqual([
      {
        email: 'ann@example.org',
        courseKey: COURSE,
        action: 'allow',
        state: 'failed',
        attempts: 2,
        lastError: 'no such course',
      },
    ]);
    expect(await outbox.retryFailed(['ann@example.org'], [COURSE], NOW)).toBe(1);
    await outbox.queue(
      [{ action: 'enroll', username: 'ann', courseKey: COURSE, viaPath: 'path-v1:DemoU+W+1+a' }],
      NOW,
    );
    expect(await outbox.countWaiting()).toBe(2);

    await lmsOutboxAccounts.down!(db);
    expect(await raw.selectFrom('lms_outbox').select(['email', 'state']).execute()).toEqual([
      { email: 'ann@example.org', state: 'waiting' },
    ]);
    await lmsOutboxAccounts.up(db);
  });
});
