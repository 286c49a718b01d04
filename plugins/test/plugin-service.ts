// The first-party plugins' test harness: the whole service, started as `learning-paths start` starts
// it (createServer: migrations, the plugins loaded by LP_PLUGINS with their settings from the
// environment, their tables, fact sources, jobs and event delivery), on a fresh SQLite file, with
// accounts and API tokens, optionally the demo institution. Requests go over real HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CompiledPaths,
  createApiToken,
  createServer,
  createUser,
  dataAccess,
  loadConfig,
  operatorActor,
  seedDemo,
  type Server,
  type Store,
} from '@learning-paths/server';

export interface ServiceOptions {
  /** LP_PLUGINS entries: absolute paths of plugin folders. */
  readonly plugins: readonly string[];
  /** More environment: plugin settings (`LP_PLUGIN_…`) and service settings. */
  readonly environment?: Readonly<Record<string, string>>;
  /** Seeds the demo institution (its accounts sign in with `demo-password`). */
  readonly demo?: boolean;
  /** Accounts to create, with API tokens: username → role (`admin`, `author`, `instructor`, `learner`). */
  readonly users?: Readonly<
    Record<
      string,
      {
        role: 'admin' | 'author' | 'instructor' | 'learner';
        email?: string;
        scope?: string;
        /** To sign in to the web apps (browser tests). */
        password?: string;
      }
    >
  >;
}

export interface RunningService {
  readonly address: string;
  readonly store: Store;
  /** Calls the API as `username` (an account of `users`, by its API token); JSON in and out. */
  call(
    username: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The bearer header of `username`. */
  headers(username: string): Record<string, string>;
  stop(): Promise<void>;
}

export async function startService(options: ServiceOptions): Promise<RunningService> {
  const folder = mkdtempSync(join(tmpdir(), 'lp-plugin-'));
  const config = loadConfig({
    DATABASE_URL: join(folder, 'service.sqlite'),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    LP_PLUGINS: options.plugins.join(','),
    ...options.environment,
  });
  let server: Server | undefined;
  try {
    server = await createServer(config);
    const now = new Date().toISOString();
    const data = dataAccess(server.store);
    if (options.demo) await seedDemo({ data, compiled: new CompiledPaths(), now });
    const tokens = new Map<string, string>();
    for (const [username, { role, email, scope, password }] of Object.entries(options.users ?? {})) {
      await createUser({
        users: data.users,
        username,
        role,
        now,
        ...(email ? { email } : {}),
        ...(scope ? { scope } : {}),
        ...(password ? { password } : {}),
      });
      const issued = await createApiToken({ data, actor: operatorActor(), username, name: 'test', now });
      tokens.set(username, issued.token);
    }
    const address = await server.start();
    const running = server;
    const headers = (username: string) => {
      const token = tokens.get(username);
      if (token === undefined) throw new Error(`no account ${username} was created for this test`);
      return { authorization: `Bearer ${token}` };
    };
    return {
      address,
      store: running.store,
      headers,
      async call(username, method, path, body) {
        const response = await fetch(`${address}${path}`, {
          method,
          headers: {
            ...headers(username),
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const text = await response.text();
        return { status: response.status, body: text === '' ? null : tryJson(text) };
      },
      async stop() {
        await running.stop();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
