// Which real database errors mean "unavailable for now" (503, retried by the CLI) and which do not.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/test-databases.ts';
import { databaseUnavailable } from './sql-errors.ts';

/** The error `work` rejects with. */
async function failure(work: () => unknown): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('it did not fail');
}

const postgres = (await testDatabases()).find((database) => database.name === 'postgres');

describe('databaseUnavailable', () => {
  it('calls SQLite busy when another connection holds the write lock, and nothing else', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lp-busy-'));
    const holder = new SQLite(join(folder, 'db.sqlite'));
    const writer = new SQLite(join(folder, 'db.sqlite'), { timeout: 0 });
    holder.exec('create table t (id integer primary key); begin exclusive');
    expect(databaseUnavailable(await failure(() => writer.exec('insert into t values (1)')))).toBe('busy');
    holder.exec('commit; insert into t values (1)');
    expect(databaseUnavailable(await failure(() => writer.exec('insert into t values (1)')))).toBeNull();
    expect(databaseUnavailable(await failure(() => writer.exec('selec 1')))).toBeNull();
    holder.close();
    writer.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it.skipIf(!postgres)(
    'calls PostgreSQL unreachable when it refuses connections or ends them, and nothing else',
    async () => {
      const { url, dispose } = await postgres!.open();
      const refused = new URL(url);
      refused.port = '1';
      const nobody = new pg.Client({ connectionString: refused.toString() });
      expect(databaseUnavailable(await failure(() => nobody.connect()))).toBe('unreachable');

      const victim = new pg.Client({ connectionString: url });
      const admin = new pg.Client({ connectionString: url });
      await Promise.all([victim.connect(), admin.connect()]);
      victim.on('error', () => undefined);
      const { rows } = await victim.query<{ pid: number }>('select pg_backend_pid() as pid');
      expect(databaseUnavailable(await failure(() => admin.query('selec 1')))).toBeNull();
      // An administrator ends the connection under a running statement: 57P01.
      const ended = failure(() => victim.query('select pg_sleep(60)'));
      await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
      const error = await ended;
      expect([(error as { code?: string }).code, databaseUnavailable(error)]).toEqual([
        '57P01',
        'unreachable',
      ]);
      // The broken client is not queryable any more: what the next statement on it hears.
      expect(databaseUnavailable(await failure(() => victim.query('select 1')))).toBe('unreachable');
      await admin.end();
      await dispose();
    },
  );
});
