// An in-process HTTP application on a fresh in-memory SQLite database, with users and their API
// tokens, for route tests: `as(name)` gives the headers that sign a request in as that user.
// Users may get a password (to sign in to a session); Open edX JWTs are accepted when given keys.
import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { OpenedxJwtConfig, TrustProxy } from '../src/config/config.ts';
import { buildApp } from '../src/http/app.ts';
import { hashPassword } from '../src/services/accounts/password.ts';
import type { LmsPort } from '../src/lms/lms-port.ts';
import { openStore, type Store } from '../src/store/database.ts';
import { dataAccess, type DataAccess } from '../src/store/data-access.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { ApiTokenRepository } from '../src/store/repositories/api-token-repository.ts';
import type { RoleGrant } from '../src/domain/roles.ts';
import { UserRepository } from '../src/store/repositories/user-repository.ts';
import type { LoadedPlugins } from '../src/plugins/loaded-plugins.ts';
import { createHooks } from '../src/services/plugin-hooks.ts';

const quiet = { warn: () => undefined, error: () => undefined };
const withHooks = (plugins: LoadedPlugins) => ({ plugins, hooks: createHooks(plugins, quiet) });

export interface TestApp {
  readonly app: () => FastifyInstance;
  readonly as: (username: string) => { authorization: string };
  /** The database, to look at what requests did. */
  readonly store: () => Store;
}

export function useTestApp(options: {
  users: Record<string, readonly RoleGrant[]>;
  /** Of `users`, those who are administrators. */
  admins?: readonly string[];
  now: Date;
  /** For tests that move time on; defaults to always `now`. */
  clock?: () => Date;
  bodyLimitBytes?: number;
  passwords?: Record<string, string>;
  openedxJwt?: OpenedxJwtConfig;
  /** Which X-Forwarded-* headers to believe, as behind a reverse proxy (TRUST_PROXY); none when absent. */
  trustProxy?: TrustProxy;
  /** CORS_ORIGINS and CSRF_TRUSTED_ORIGINS; none when absent. */
  corsOrigins?: readonly string[];
  csrfTrustedOrigins?: readonly string[];
  /** An LMS adapter built on the app's data; the standalone one when absent. */
  lms?: (data: DataAccess) => LmsPort;
  /** How long requests wait for a remote LMS before answering "queued"; the app's default when absent. */
  lmsWaitMs?: number;
  /** Opens the database the app runs on (closed with the app); a fresh in-memory SQLite one when absent. */
  store?: () => Store | Promise<Store>;
  /** Loads the plugins the app runs with, on its database; none when absent. */
  plugins?: (store: Store) => Promise<LoadedPlugins>;
}): TestApp {
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const at = options.now.toISOString();
  beforeAll(async () => {
    store = options.store ? await options.store() : openStore(':memory:');
    await migrateToLatest(store);
    const users = new UserRepository(store.db, store.dialect);
    const apiTokens = new ApiTokenRepository(store.db, store.dialect);
    for (const [username, grants] of Object.entries(options.users)) {
      const password = options.passwords?.[username];
      const passwordHash = password === undefined ? null : await hashPassword(password);
      const isAdmin = options.admins?.includes(username) ?? false;
      const user = await users.create({ username, passwordHash, isAdmin }, at);
      for (const grant of grants) await users.grant(user.id, grant, at);
      tokens[username] = (await apiTokens.create(user.id, { name: 'test', expiresAt: null }, at)).token;
    }
    app = await buildApp({
      store,
      config: {
        bodyLimitBytes: options.bodyLimitBytes ?? 4 * 1024 * 1024,
        logLevel: 'silent',
        openedxJwt: options.openedxJwt ?? null,
        sessionTtlHours: 12,
        sessionCookieSecure: false,
        trustProxy: options.trustProxy ?? false,
        corsOrigins: options.corsOrigins ?? [],
        csrfTrustedOrigins: options.csrfTrustedOrigins ?? [],
      },
      clock: options.clock ?? (() => options.now),
      ...(options.lms ? { lms: options.lms(dataAccess(store)) } : {}),
      ...(options.lmsWaitMs === undefined ? {} : { outbox: { waitMs: options.lmsWaitMs } }),
      // As createServer does: the plugins loaded, and the hooks of the use cases into them.
      ...(options.plugins ? withHooks(await options.plugins(store)) : {}),
    });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  return {
    app: () => app,
    as: (username) => ({ authorization: `Bearer ${tokens[username]}` }),
    store: () => store,
  };
}
