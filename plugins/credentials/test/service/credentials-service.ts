// The service with the credentials plugin loaded (plugins/test/plugin-service.ts) on the demo
// institution, and what its tests share: waiting for the backfill, signing in as a demo account,
// public fetches, a verifier's loader built from what the service publishes, and the plugin loaded a
// second time on the same database (as another process would) to run its job and event handler.
import { fileURLToPath } from 'node:url';
import { loadPlugins, type LoadedPlugins } from '@learning-paths/server';
import type { PluginEvent } from '@learning-paths/plugin-api';
import { startService, type RunningService, type ServiceOptions } from '../../../test/plugin-service.ts';
import { documentLoader, type DocumentLoader } from '../../src/signing/document-loader.ts';
import type { DidDocument } from '../../src/signing/issuer-keys.ts';
import type { CredentialDatabase } from '../../src/tables.ts';

export const PLUGIN = fileURLToPath(new URL('../..', import.meta.url));
export const DS = 'path-v1:DemoU+DS+2026+spring';
export const DEMO_PASSWORD = 'demo-password';

/** Accounts with API tokens: an operator, staff of several kinds and a learner of our own. */
export const USERS: ServiceOptions['users'] = {
  ops: { role: 'admin', email: 'ops@example.org' },
  writer: { role: 'author', scope: 'org:DemoU', email: 'writer@example.org' },
  outsider: { role: 'author', scope: 'org:Elsewhere', email: 'outsider@example.org' },
  teacher: { role: 'instructor', scope: `path:${DS}`, email: 'teacher@example.org' },
  maya: { role: 'learner', email: 'maya@example.org' },
};

export function startCredentials(environment: Record<string, string> = {}): Promise<RunningService> {
  return startService({ plugins: [PLUGIN], demo: true, users: USERS, environment });
}

/** Polls `check` every 50 ms until it gives a value, for at most `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`${what}: not so after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The plugin's tables in the service's database (typed with the core's own tables). */
export const tablesOf = (service: RunningService) => service.store.db as unknown as CredentialDatabase;

/** Resolves once a backfill pass has finished. */
export function backfillFinished(service: RunningService): Promise<string> {
  return eventually('the backfill has finished', async () => {
    const row = await tablesOf(service)
      .selectFrom('plugin_credentials_backfill')
      .select('finished_at')
      .executeTakeFirst();
    return row?.finished_at ?? null;
  });
}

/** Every tier learners have achieved, as the core stores them: `learner path tier`. */
export async function achievedTiers(service: RunningService): Promise<string[]> {
  const rows = await service.store.db
    .selectFrom('path_progress')
    .innerJoin('users', 'users.id', 'path_progress.user_id')
    .select(['users.username', 'path_progress.path_key', 'path_progress.achieved_tiers'])
    .execute();
  return rows.flatMap((row) =>
    (JSON.parse(row.achieved_tiers) as string[]).map((tier) => `${row.username} ${row.path_key} ${tier}`),
  );
}

export function storedCredentials(service: RunningService) {
  return tablesOf(service)
    .selectFrom('plugin_credentials')
    .select(['id', 'learner', 'path_key', 'tier', 'status_list', 'status_index', 'public'])
    .orderBy('learner')
    .orderBy('path_key')
    .orderBy('tier')
    .execute();
}

/** A demo account's session: its cookie, and the CSRF token its writes send. */
export async function signIn(
  service: RunningService,
  username: string,
): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${service.address}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`${username} could not sign in: ${response.status}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** A public GET, as a verifier (or a person) makes it: no credentials. */
export function publicGet(service: RunningService, path: string, headers: Record<string, string> = {}) {
  return fetch(`${service.address}${path}`, { headers });
}

/** The address's path on the service (credentials name the configured public URL). */
const pathOf = (url: string) => new URL(url).pathname;

/**
 * What a verifier holds after fetching the service's DID document and the list at `statusListUrl`:
 * a loader (shipped contexts, that DID) and the documents themselves.
 */
export async function verifierView(service: RunningService, statusListUrl: string) {
  const did = (await (await publicGet(service, '/.well-known/did.json')).json()) as DidDocument;
  const statusList = (await (await publicGet(service, pathOf(statusListUrl))).json()) as Record<
    string,
    unknown
  >;
  const didDocuments = (wanted: string) => (wanted === did.id ? did : null);
  const loader: DocumentLoader = documentLoader({ didDocuments });
  return { did, statusList, didDocuments, loader };
}

/** The plugin loaded again on the service's database, as another process would: its job and handler. */
export function loadAgain(service: RunningService): Promise<LoadedPlugins> {
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  return loadPlugins(
    { plugins: { entries: [PLUGIN], configFile: null, environment: {} } },
    quiet,
    service.store.db,
  );
}

/** Delivers a `tier.achieved` event to the plugin loaded again, as the dispatcher would. */
export async function deliverTierAchieved(
  loaded: LoadedPlugins,
  data: { pathKey: string; learner: string; tier: string },
): Promise<void> {
  const handler = loaded.handlers['tier.achieved']?.[0]?.handler;
  if (!handler) throw new Error('the plugin listens to no tier.achieved event');
  const event: PluginEvent<'tier.achieved'> = {
    id: `test-${data.learner}-${data.pathKey}-${data.tier}`,
    type: 'tier.achieved',
    time: new Date().toISOString(),
    data,
  };
  await handler(event);
}
