// The databases the plugin's tests run the whole service on: startService's own SQLite file and, when
// PostgreSQL answers, a fresh database of the test's own (random name, dropped afterwards), given to
// the service as DATABASE_URL. Without PostgreSQL its half is skipped with one line saying so, except
// under CI=true, where it fails (as the server's tests do).
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface ServiceDatabase {
  readonly name: 'sqlite' | 'postgres';
  /** The environment that points the service at a fresh database, and how to remove it. */
  open(): Promise<{ environment: Record<string, string>; dispose: () => Promise<void> }>;
}

async function administer(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

const sqlite: ServiceDatabase = {
  name: 'sqlite',
  open: () => Promise.resolve({ environment: {}, dispose: () => Promise.resolve() }),
};

const postgres: ServiceDatabase = {
  name: 'postgres',
  async open() {
    const name = `lp_approval_${randomBytes(6).toString('hex')}`;
    await administer(`create database ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return {
      environment: { DATABASE_URL: url.toString() },
      dispose: () => administer(`drop database if exists ${name} with (force)`),
    };
  },
};

export async function serviceDatabases(): Promise<ServiceDatabase[]> {
  try {
    await administer('select 1');
    return [sqlite, postgres];
  } catch {
    if (process.env.CI === 'true')
      throw new Error(`PostgreSQL does not answer at ${ADMIN_URL}, and CI=true requires it`);
    console.warn(`PostgreSQL does not answer at ${ADMIN_URL}: the PostgreSQL half is skipped`);
    return [sqlite];
  }
}
