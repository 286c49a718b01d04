// The service with this plugin loaded (plugins/test/plugin-service.ts), sending to a test inbox:
// its settings for that inbox, a wait until every event has reached the plugin, and the plugin
// loaded a second time on the same database, as another process would, to run its job and handlers.
import { fileURLToPath } from 'node:url';
import { loadPlugins, type LoadedPlugins } from '@learning-paths/server';
import { startService, type RunningService, type ServiceOptions } from '../../test/plugin-service.ts';

export const PLUGIN = fileURLToPath(new URL('..', import.meta.url));
export const PLUGIN_ID = 'org.learningpaths.notifications';
export const LEARN_URL = 'http://learn.example.test/learn';
export const DS = 'path-v1:DemoU+DS+2026+spring';

const SETTING = 'LP_PLUGIN_ORG_LEARNINGPATHS_NOTIFICATIONS_';

export function inboxSettings(port: number, more: Record<string, string> = {}): Record<string, string> {
  return {
    [`${SETTING}SMTP_HOST`]: '127.0.0.1',
    [`${SETTING}SMTP_PORT`]: String(port),
    [`${SETTING}FROM`]: 'Learning Paths <paths@example.org>',
    [`${SETTING}LEARN_URL`]: LEARN_URL,
    ...more,
  };
}

export function startNotifications(
  options: Omit<ServiceOptions, 'plugins'> & { environment: Record<string, string> },
): Promise<RunningService> {
  return startService({ ...options, plugins: [PLUGIN] });
}

/**
 * Resolves once every event written so far has been delivered: the core removes an event from
 * plugin_events (docs/plugins.md) when each plugin listening has handled it.
 */
export async function eventsDelivered(service: RunningService, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const row = await service.store.db
      .selectFrom('plugin_events')
      .select((eb) => eb.fn.countAll<number | string>().as('waiting'))
      .executeTakeFirstOrThrow();
    if (Number(row.waiting) === 0) return;
    if (Date.now() > until) throw new Error(`${row.waiting} events still undelivered after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The plugin loaded again on the service's database with these settings: its job and handlers. */
export function loadAgain(
  service: RunningService,
  environment: Record<string, string>,
): Promise<LoadedPlugins> {
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  return loadPlugins(
    { plugins: { entries: [PLUGIN], configFile: null, environment } },
    quiet,
    service.store.db,
  );
}

/** The path of a URL the plugin made for Learn's origin, on the test service instead. */
export function onService(service: RunningService, url: string): string {
  const { pathname, search } = new URL(url);
  return `${service.address}${pathname}${search}`;
}
