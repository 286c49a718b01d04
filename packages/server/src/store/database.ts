// Opens the database named by a URL: `postgres://…` is PostgreSQL, anything else an SQLite file
// (created with its folder when missing) or `:memory:`. The one place that picks a dialect.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { SqliteBooleanPlugin } from './sqlite-booleans.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function openStore(url: string): Store {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // The server may end an idle connection (a restart, a dropped database). pg then removes that
    // client from the pool and the next query reconnects; without a listener the error would
    // crash the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
  const connection = new SQLite(url);
  // WAL lets readers work while a writer commits; foreign keys are off by default in SQLite.
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: connection }),
    plugins: [new SqliteBooleanPlugin()],
  });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
