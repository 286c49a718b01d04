// The databases repository and service tests run against: a fresh SQLite file and, when the
// server answers, a fresh PostgreSQL database of its own (random name, dropped afterwards), so that
// test files running in parallel never share state. Without PostgreSQL the PostgreSQL half is
// skipped with one line saying so, except under CI=true, where it fails.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openStore, type Store } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  readonly name: 'sqlite' | 'postgres';
  /** Opens a migrated, empty database; `dispose` removes it. */
  open(): Promise<{ store: Store; url: string; dispose: () => Promise<void> }>;
}

async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async open() {
    const folder = mkdtempSync(join(tmpdir(), 'lp-sqlite-'));
    const url = join(folder, 'test.sqlite');
    const store = openStore(url);
    await migrateToLatest(store);
    return {
      store,
      url,
      dispose: async () => (await store.close(), rmSync(folder, { recursive: true, force: true })),
    };
  },
};

const postgres: TestDatabase = {
  name: 'postgres',
  async open() {
    const name = `lp_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const store = openStore(url.toString());
    await migrateToLatest(store);
    return {
      store,
      url: url.toString(),
      dispose: async () => {
        await store.close();
        const cleanup = new pg.Client({ connectionString: ADMIN_URL });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
  },
};

/** SQLite always; PostgreSQL when it answers (and always under CI, where its absence fails). */
export async function testDatabases(): Promise<TestDatabase[]> {
  if (await postgresAvailable()) return [sqlite, postgres];
  if (process.env.CI === 'true')
    throw new Error(`PostgreSQL does not answer at ${ADMIN_URL}, and CI=true requires it`);
  console.warn(`PostgreSQL does not answer at ${ADMIN_URL}: its repository tests are skipped`);
  return [sqlite];
}

/**
 * Opens a migrated database for the enclosing describe block (before its tests, removed after)
 * and returns a getter for its store.
 */
export function useDatabase(database: TestDatabase): () => Store {
  let opened: Awaited<ReturnType<TestDatabase['open']>> | undefined;
  beforeAll(async () => {
    opened = await database.open();
  });
  afterAll(() => opened?.dispose());
  return () => opened!.store;
}
