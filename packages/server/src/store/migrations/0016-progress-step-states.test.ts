// The upgrade of stored progress: each row keeps what it held, with no step states until its next
// write stores them; going back keeps the progress, without them.
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { dataAccess } from '../data-access.ts';
import { progressStepStates } from './0016-progress-step-states.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const PATH = 'path-v1:DemoU+DS+2026+spring';

describe.each(await testDatabases())('migration 0016 on $name', (database) => {
  const store = useDatabase(database);

  it('keeps the stored progress, both ways', async () => {
    const data = dataAccess(store());
    const ann = await data.users.create({ username: 'ann' }, NOW);
    await data.paths.create({ key: PATH, title: 'DS', org: 'DemoU', draft: {}, createdBy: null, now: NOW });
    const db = store().db as unknown as Kysely<unknown>;
    await progressStepStates.down!(db);
    const raw = store().db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const row = {
      user_id: ann.id,
      path_key: PATH,
      version: 1,
      status: 'in_progress',
      progress: 0.5,
      current_tier: null,
      achieved_tiers: '[]',
      next_steps: '["stats"]',
      updated_at: NOW,
    };
    await raw.insertInto('path_progress').values(row).execute();
    await progressStepStates.up(db);

    const read = async () => (await data.progress.ofUser(ann.id)).get(PATH)!;
    const before = await read();
    expect(before).toMatchObject({ progress: 0.5, next: ['stats'], stepStates: null });
    await data.progress.write([{ ...before, stepStates: 'cool' }]);
    expect((await read()).stepStates).toBe('cool');

    await progressStepStates.down!(db);
    expect(await raw.selectFrom('path_progress').selectAll().execute()).toEqual([
      expect.objectContaining({ ...row, progress: 0.5 }),
    ]);
    await progressStepStates.up(db);
    expect(await read()).toEqual(before);
  });
});
