// An in-process HTTP application on a fresh in-memory SQLite database, with users and their API
// tokens, for route tests: `as(name)` gives the headers that sign a request in as that user.
import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/http/app.ts';
import { openStore, type Store } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { UserRepository, type RoleGrant } from '../src/store/repositories/user-repository.ts';

export interface TestApp {
  readonly app: () => FastifyInstance;
  readonly as: (username: string) => { authorization: string };
}

export function useTestApp(options: {
  users: Record<string, readonly RoleGrant[]>;
  now: Date;
  bodyLimitBytes?: number;
}): TestApp {
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const at = options.now.toISOString();
  beforeAll(async () => {
    store = openStore(':memory:');
    await migrateToLatest(store);
    const users = new UserRepository(store.db);
    for (const [username, grants] of Object.entries(options.users)) {
      const user = await users.create({ username }, at);
      for (const grant of grants) await users.grant(user.id, grant, at);
      tokens[username] = await users.createToken(user.id, 'test', at);
    }
    app = await buildApp({
      store,
      config: { bodyLimitBytes: options.bodyLimitBytes ?? 4 * 1024 * 1024, logLevel: 'silent' },
      clock: () => options.now,
    });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  return { app: () => app, as: (username) => ({ authorization: `Bearer ${tokens[username]}` }) };
}
