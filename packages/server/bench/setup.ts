// Benchmark setup: fresh databases removed afterwards, the app, staff tokens, bulk learners, checked calls.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config/config.ts';
import { buildApp } from '../src/http/app.ts';
import { startEventDispatcher } from '../src/plugins/event-dispatcher.ts';
import { openPlugins } from '../src/plugins/open-plugins.ts';
import { startPluginWork } from '../src/plugins/plugin-work.ts';
import { pluginRegistry } from '../src/plugins/plugin-registry.ts';
import { createHooks } from '../src/services/plugin-hooks.ts';
import { CompiledPaths } from '../src/services/progress/compiled-paths.ts';
import { dataAccess } from '../src/store/data-access.ts';
import { openStore, type DialectName, type Store } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { ApiTokenRepository } from '../src/store/repositories/api-token-repository.ts';
import { hashToken, UserRepository } from '../src/store/repositories/user-repository.ts';
import { catalogOf, learnerEmail, learnerName, type CourseRow } from './fixtures.ts';

/**
 * BENCH_SQLITE_PRAGMAS="synchronous=NORMAL,cache_size=-262144": pragmas set on the benchmark's
 * SQLite connection after it is opened, to measure a setting before proposing it to the store.
 */
export const SQLITE_PRAGMAS = (process.env.BENCH_SQLITE_PRAGMAS ?? '')
  .split(',')
  .map((pragma) => pragma.trim())
  .filter((pragma) => /^[a-z_]+\s*=\s*[-\w]+$/i.test(pragma));

export const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  readonly store: Store;
  dispose(): Promise<void>;
}

/** A migrated, empty database of the dialect, of this run only. */
export async function openDatabase(dialect: DialectName): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'lp-bench-'));
    const store = openStore(join(folder, 'bench.sqlite'));
    await migrateToLatest(store);
    // An experiment, not the service's settings: SQLite has one connection, so these hold for all.
    for (const pragma of SQLITE_PRAGMAS) await sql.raw(`pragma ${pragma}`).execute(store.db);
    return {
      store,
      dispose: async () => (await store.close(), rmSync(folder, { recursive: true, force: true })),
    };
  }
  const name = `lp_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const store = openStore(url.toString());
  await migrateToLatest(store);
  return {
    store,
    dispose: async () => {
      await store.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function postgresAnswers(): Promise<boolean> {
  try {
    await adminQuery('select 1');
    return true;
  } catch {
    return false;
  }
}

export interface BenchApp {
  readonly app: FastifyInstance;
  /** Closes the app and stops the plugins' work beside it. */
  close(): Promise<void>;
  /** Authorization headers of an administrator and of an LMS's service account. */
  readonly admin: { authorization: string };
  readonly service: { authorization: string };
}

/**
 * The app as `learning-paths start` builds it (silent logs, a body limit for 100,000-row CSVs), with
 * the plugins `plugins` names (LP_PLUGINS entries; their settings from the environment) loaded,
 * their events delivered and their fact sources and jobs running beside it, as in `start`.
 */
export async function startApp(store: Store, plugins: readonly string[] = []): Promise<BenchApp> {
  const now = new Date().toISOString();
  const users = new UserRepository(store.db, store.dialect);
  const tokens = new ApiTokenRepository(store.db, store.dialect);
  const tokenOf = async (userId: number) =>
    (await tokens.create(userId, { name: 'bench', expiresAt: null }, now)).token;
  const admin = await users.create({ username: 'bench-admin', isAdmin: true }, now);
  const service = await users.create({ username: 'bench-lms' }, now);
  await users.grant(service.id, { role: 'service', scope: '*' }, now);
  const config = loadConfig({ LOG_LEVEL: 'silent', BODY_LIMIT_BYTES: String(256 * 1024 * 1024) });
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const loaded = await openPlugins(
    {
      plugins: {
        entries: plugins,
        configFile: null,
        environment: Object.fromEntries(
          Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
        ),
      },
    },
    store,
    quiet,
  );
  const hooks = createHooks(loaded, quiet);
  const compiled = new CompiledPaths(pluginRegistry(loaded));
  const app = await buildApp({ store, config, plugins: loaded, hooks, compiled });
  await app.ready();
  const data = dataAccess(store);
  const beside =
    loaded.plugins.length === 0
      ? []
      : [
          startEventDispatcher({ data, loaded, log: quiet, hooks }),
          await startPluginWork({ loaded, data, compiled, hooks, log: quiet }),
        ];
  return {
    app,
    close: async () => {
      await Promise.all(beside.map((work) => work.stop()));
      await app.close();
    },
    admin: { authorization: `Bearer ${await tokenOf(admin.id)}` },
    service: { authorization: `Bearer ${await tokenOf(service.id)}` },
  };
}

/** Sends a request in process and returns its JSON answer; any other status than `status` throws. */
export async function call<T>(
  app: FastifyInstance,
  request: {
    method: 'GET' | 'POST';
    url: string;
    headers: Record<string, string>;
    payload?: string | object;
  },
  status = 200,
): Promise<T> {
  const response = await app.inject(request);
  if (response.statusCode !== status)
    throw new Error(
      `${request.method} ${request.url} answered ${response.statusCode}: ${response.body.slice(0, 2000)}`,
    );
  return response.json<T>();
}

export const pathUrl = (key: string): string => `/api/v1/paths/${encodeURIComponent(key)}`;

/** Puts the paths' courses in the catalog, then creates and publishes each path, through the API. */
export async function publishPaths(bench: BenchApp, definitions: readonly object[]): Promise<CourseRow[]> {
  const courses = catalogOf(definitions);
  await call(bench.app, {
    method: 'POST',
    url: '/api/v1/courses',
    headers: bench.admin,
    payload: { courses },
  });
  for (const definition of definitions) {
    const { key } = definition as { key: string };
    await call(
      bench.app,
      { method: 'POST', url: '/api/v1/paths', headers: bench.admin, payload: definition },
      201,
    );
    await call(bench.app, {
      method: 'POST',
      url: `${pathUrl(key)}/publish`,
      headers: bench.admin,
      payload: {},
    });
  }
  return courses;
}

const ROWS_A_STATEMENT = 1000;

/**
 * Inserts learners 0..count-1 (learner-000000, learner-000000@example.org…) in one transaction,
 * many rows a statement: setup, not measured. Returns their ids in index order.
 */
export async function insertLearners(store: Store, count: number): Promise<number[]> {
  const now = new Date().toISOString();
  const ids: number[] = [];
  await store.db.transaction().execute(async (trx) => {
    for (let start = 0; start < count; start += ROWS_A_STATEMENT) {
      const rows = [];
      for (let index = start; index < Math.min(count, start + ROWS_A_STATEMENT); index++)
        rows.push({
          username: learnerName(index),
          email: learnerEmail(index),
          display_name: `Learner ${index}`,
          lms_user_id: String(100_000 + index),
          password_hash: null,
          is_admin: false,
          created_at: now,
        });
      const inserted = await trx.insertInto('users').values(rows).returning(['id', 'username']).execute();
      const idOf = new Map(inserted.map((row) => [row.username, Number(row.id)]));
      for (const row of rows) ids.push(idOf.get(row.username)!);
    }
  });
  return ids;
}

/** Creates an API token for each of these users, many rows a statement; returns them in order. */
export async function insertTokens(store: Store, userIds: readonly number[]): Promise<string[]> {
  const now = new Date().toISOString();
  const tokens = userIds.map(() => `lp_${randomBytes(32).toString('base64url')}`);
  await store.db.transaction().execute(async (trx) => {
    for (let start = 0; start < userIds.length; start += ROWS_A_STATEMENT) {
      const rows = userIds.slice(start, start + ROWS_A_STATEMENT).map((userId, offset) => ({
        token_hash: hashToken(tokens[start + offset]!),
        user_id: userId,
        name: 'bench',
        created_at: now,
      }));
      await trx.insertInto('api_tokens').values(rows).execute();
    }
  });
  return tokens;
}
