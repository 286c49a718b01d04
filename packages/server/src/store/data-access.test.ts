// The unit of work's commit callbacks, on SQLite and PostgreSQL: called once the outermost
// transaction has committed, never for one rolled back, and at once outside a transaction.
import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../test/test-databases.ts';
import { dataAccess } from './data-access.ts';

const NOW = '2026-03-01T10:00:00.000Z';

describe.each(await testDatabases())('after commit on $name', (database) => {
  const store = useDatabase(database);

  it('calls back once the outermost transaction has committed, what it wrote readable then', async () => {
    const data = dataAccess(store());
    const seen: (string | null)[] = [];
    await data.transaction(async (outer) => {
      await outer.transaction(async (inner) => {
        await inner.users.create({ username: 'ann' }, NOW);
        inner.afterCommit(() => void seen.push('called'));
      });
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual(['called']);
    expect(await data.users.findByUsername('ann')).not.toBeNull();
  });

  it('never calls back for a transaction rolled back, and at once outside one', async () => {
    const data = dataAccess(store());
    const seen: string[] = [];
    await expect(
      data.transaction((trx) => {
        trx.afterCommit(() => void seen.push('rolled back'));
        return Promise.reject(new Error('something failed'));
      }),
    ).rejects.toThrow('something failed');
    data.afterCommit(() => void seen.push('outside'));
    expect(seen).toEqual(['outside']);
  });
});
