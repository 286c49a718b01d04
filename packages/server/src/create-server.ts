// The whole service in one process, wired from its configuration: the database brought to the latest
// schema, the plugins loaded (and their tables migrated), the LMS adapters, the HTTP app, and once
// started the work beside it: in Open edX mode the event-bus worker and the schedule of catalog syncs
// and reconciliations, the LMS outbox sender whenever the LMS is another system, and the plugins'
// fact sources, jobs and event delivery. What `learning-paths start` runs.
import type { FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import type { Config } from './config/config.ts';
import { buildApp } from './http/app.ts';
import { closeWithin } from './http/graceful-close.ts';
import { createLms, createOutboxLms } from './lms/create-lms.ts';
import { OpenedxLms } from './lms/openedx/openedx-lms.ts';
import { startOutboxSender, type RunningSender } from './lms/outbox-sender.ts';
import { scheduleOpenedx, type Schedule } from './services/openedx/schedule-openedx.ts';
import { CompiledPaths } from './services/progress/compiled-paths.ts';
import { dataAccess } from './store/data-access.ts';
import { openStore, type Store } from './store/database.ts';
import { migrateToLatest } from './store/migrate.ts';
import { startEventDispatcher } from './plugins/event-dispatcher.ts';
import { openPlugins } from './plugins/open-plugins.ts';
import { pluginRegistry } from './plugins/plugin-registry.ts';
import { startPluginWork, type PluginWork } from './plugins/plugin-work.ts';
import { createHooks } from './services/plugin-hooks.ts';
import { startEventWorker, type RunningWorker } from './worker/start-event-worker.ts';

export interface Server {
  /** The database, open and migrated before anything runs (the CLI seeds its demonstration data). */
  readonly store: Store;
  /** The HTTP app's logger; the work beside it logs through it too. */
  readonly log: FastifyBaseLogger;
  /**
   * Listens on the configured host and port, then starts the work beside it; returns the address.
   * An event bus it cannot reach closes the server and the database and throws an EventBusError:
   * the server must not go on listening without its worker.
   */
  start(): Promise<string>;
  /**
   * Takes no new connection and lets the answers in flight finish (for at most
   * SHUTDOWN_DRAIN_SECONDS) while the work beside it finishes what it has in hand, then closes the
   * database. Also closes a server never started.
   */
  stop(): Promise<void>;
}

/**
 * Opens and migrates the database and loads the plugins; a plugin that cannot be loaded (or
 * migrated) closes the database and throws its PluginLoadError.
 */
export async function createServer(config: Config): Promise<Server> {
  const store = openStore(config.databaseUrl, { sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs });
  // The app's logger exists only once the app is built, which needs the plugins: they log apart.
  const pluginsLog = pino({ level: config.logLevel });
  const plugins = await migrateToLatest(store)
    .then(() => openPlugins(config, store, pluginsLog))
    .catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
  const hooks = createHooks(plugins, pluginsLog);
  const data = dataAccess(store);
  const lms = createLms(config, data);
  // One attempt a call, for the sender and for the calls requests send at once.
  const outboxLms = createOutboxLms(config, data);
  const registry = pluginRegistry(plugins);
  // One cache of compiled paths for the app and the work beside it: each version compiled once.
  const compiled = new CompiledPaths(registry);
  const app = await buildApp({ store, config, lms, outbox: { lms: outboxLms }, plugins, compiled, hooks });
  let worker: RunningWorker | undefined;
  let schedule: Schedule | undefined;
  let sender: RunningSender | undefined;
  let pluginWork: PluginWork | undefined;
  let dispatcher: { stop(): Promise<void> } | undefined;

  const stop = async () => {
    await Promise.all([
      closeWithin(app, config.shutdownDrainSeconds * 1000),
      schedule?.stop(),
      worker?.stop(),
      sender?.stop(),
      pluginWork?.stop(),
      dispatcher?.stop(),
    ]);
    await store.close();
  };

  return {
    store,
    log: app.log,
    async start() {
      const address = await app.listen({ port: config.port, host: config.host });
      // In Open edX mode this process consumes the event bus too; production adds `worker` processes.
      if (config.openedxLms && config.eventBus)
        worker = await startEventWorker({
          store,
          eventBus: config.eventBus,
          logger: app.log,
          registry,
          hooks,
        }).catch(async (error: unknown) => {
          await app.close();
          await store.close();
          throw error;
        });
      if (lms instanceof OpenedxLms) schedule = scheduleOpenedx({ lms, data, compiled, hooks, log: app.log });
      // The LMS calls requests queued (an LMS of the service's own needs none).
      if (lms.remote) sender = startOutboxSender({ data, lms: outboxLms, log: app.log });
      if (plugins.plugins.length > 0) {
        dispatcher = startEventDispatcher({ data, loaded: plugins, log: app.log, hooks });
        // A fact source that cannot start stops the server as a plugin that cannot load does.
        pluginWork = await startPluginWork({
          loaded: plugins,
          data,
          compiled,
          hooks,
          log: app.log,
        }).catch(async (error: unknown) => {
          await stop();
          throw error;
        });
      }
      return address;
    },
    stop,
  };
}
