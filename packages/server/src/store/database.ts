// Opens the database named by a URL: `postgres://…` is PostgreSQL, anything else an SQLite file
// (created with its folder when missing) or `:memory:`. The one place that picks a dialect.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
  type SqliteStatement,
} from 'kysely';
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

/** Statements kept prepared, by SQL text: the most a workload reuses, with room to spare. */
const PREPARED_STATEMENTS = 1000;

/**
 * The parameters of every row of a bulk write, passed to SQLite as the one parameter of a
 * single-row statement that then runs once per row, in one call from Kysely. SQLite spends less a
 * row so than on a multi-row VALUES list or on rows unpacked from JSON, and no SQL is built per
 * row (measured with npm run bench:service). Only the SQLite connection understands it.
 */
export class ParameterRows {
  constructor(readonly rows: readonly unknown[][]) {}
}

/**
 * Booleans as 1 and 0, which better-sqlite3 binds (Kysely's own queries pass SqliteBooleanPlugin).
 * In place: the rows are arrays the writer made for this one statement, and a copy of each cost a
 * tenth of a bulk write's time.
 */
function bindable(row: unknown[]): unknown[] {
  for (let index = 0; index < row.length; index++)
    if (typeof row[index] === 'boolean') row[index] = row[index] ? 1 : 0;
  return row;
}

/**
 * A statement that runs once per row when its one parameter is a ParameterRows, all rows or none:
 * outside a transaction the loop gets its own.
 */
function runningRows(connection: SQLite.Database, statement: SQLite.Statement): SqliteStatement {
  const rowsOf = (parameters: readonly unknown[]) =>
    parameters.length === 1 && parameters[0] instanceof ParameterRows ? parameters[0].rows : null;
  const atomically = <T>(work: () => T): T =>
    connection.inTransaction ? work() : connection.transaction(work).immediate();
  return {
    reader: statement.reader,
    all(parameters) {
      const rows = rowsOf(parameters);
      if (!rows) return statement.all(parameters);
      return atomically(() => rows.flatMap((row) => statement.all(bindable(row))));
    },
    run(parameters) {
      const rows = rowsOf(parameters);
      if (!rows) return statement.run(parameters);
      return atomically(() => {
        let changes = 0;
        let lastInsertRowid: number | bigint = 0;
        for (const row of rows) {
          const result = statement.run(bindable(row));
          changes += result.changes;
          lastInsertRowid = result.lastInsertRowid;
        }
        return { changes, lastInsertRowid };
      });
    },
    iterate: (parameters) => statement.iterate(parameters),
  };
}

/**
 * Kysely prepares every query anew, and preparing costs SQLite as much as running a small query;
 * the same SQL text is reused from a bounded cache instead. Kysely runs one query at a time on
 * the connection, so a statement is never in use twice at once.
 */
function withStatementCache(connection: SQLite.Database): SqliteDatabase {
  const prepared = new Map<string, SqliteStatement>();
  return {
    close: () => connection.close(),
    prepare(sql) {
      let statement = prepared.get(sql);
      if (!statement) {
        statement = runningRows(connection, connection.prepare(sql));
        prepared.set(sql, statement);
        if (prepared.size > PREPARED_STATEMENTS) prepared.delete(prepared.keys().next().value!);
      }
      return statement;
    },
  };
}

/**
 * Kysely's SQLite driver with transactions that begin IMMEDIATE: they take the write lock at BEGIN,
 * where SQLite waits for another process's lock up to the busy timeout. Kysely's plain BEGIN takes
 * it at the first write, after the reads, and SQLite refuses a reader that wants to become a writer
 * while another connection writes with SQLITE_BUSY at once, without waiting (it could deadlock).
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** How long an SQLite write waits for another process's write lock before it fails as busy. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** How long a request waits for a PostgreSQL connection (a new one, or a free one from the pool). */
const POSTGRES_CONNECT_TIMEOUT_MS = 10_000;

export interface StoreOptions {
  /** SQLite's busy timeout; SQLITE_BUSY_TIMEOUT_MS when absent. */
  readonly sqliteBusyTimeoutMs?: number;
}

export function openStore(
  url: string,
  { sqliteBusyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS }: StoreOptions = {},
): Store {
  if (isPostgresUrl(url)) {
    // A database that does not answer fails a request within the timeout (a 503) rather than
    // holding it for as long as the operating system tries to connect.
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
    });
    // The server may end an idle connection (a restart, a dropped database). pg then removes that
    // client from the pool and the next query reconnects; without a listener the error would
    // crash the process.
    pool.on('error', () => undefined);
    // A connection lost while a request holds it (under a statement, or between two of a
    // transaction) is also an 'error' event on its client, which pg leaves unhandled while the
    // client is out of the pool: the process would crash. The request's statement fails anyway
    // (a 503), and the pool drops the broken client when it is given back.
    pool.on('connect', (client) => client.on('error', () => undefined));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
  const connection = new SQLite(url);
  // WAL lets readers work while a writer commits; foreign keys are off by default in SQLite.
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  // Writers wait for one another (SQLite has one writer at a time): up to the busy timeout, after
  // which the statement fails as busy (503 in the API, retried by the CLI). The wait blocks this
  // process, as every SQLite call does.
  connection.pragma(`busy_timeout = ${Math.round(sqliteBusyTimeoutMs)}`);
  // In WAL mode NORMAL keeps the database consistent on a crash (a power cut may lose the last
  // commits) without an fsync per commit; rarer checkpoints serve the bulk writes of enrollment
  // and facts. The page cache (at most 256 MiB, taken only as the database grows) holds the
  // learner tables of a large institution: with 64 MiB, reads of random learners went to the
  // operating system for pages (npm run bench:service, about 7% on facts).
  connection.pragma('synchronous = NORMAL');
  connection.pragma('wal_autocheckpoint = 20000');
  connection.pragma('cache_size = -262144');
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(connection) }),
    plugins: [new SqliteBooleanPlugin()],
  });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
