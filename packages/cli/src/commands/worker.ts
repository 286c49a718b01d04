// `learning-paths worker [--database URL_OR_FILE]`: consumes the Open edX event bus
// (EVENT_BUS_REDIS_URL, EVENT_BUS_STREAMS) as one consumer of the group, and sends the LMS outbox,
// until SIGINT or SIGTERM, then finishes the batch and the calls in hand, acknowledges them and
// stops. Production runs several of them. It evaluates progress with the plugins' rules (LP_PLUGINS).
import {
  createHooks,
  createOutboxLms,
  dataAccess,
  EventBusError,
  migrateToLatest,
  openStore,
  pluginRegistry,
  startEventDispatcher,
  startEventWorker,
  startOutboxSender,
} from '@learning-paths/server';
import { pino } from 'pino';
import { CliError, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { commandPlugins } from '../plugins.ts';
import { readConfig } from '../read-config.ts';
import { untilSignal } from '../until-signal.ts';

/** Waits for a start; an event bus it cannot reach is a clear error, not a stack trace. */
export async function eventBusReached<T>(starting: Promise<T>): Promise<T> {
  try {
    return await starting;
  } catch (error) {
    if (error instanceof EventBusError) throw new CliError(error.message, undefined, { cause: error });
    throw error;
  }
}

export async function workerCommand(options: { database?: string }, output: Output): Promise<number> {
  const config = readConfig({ database: options.database });
  const { eventBus } = config;
  if (eventBus === null)
    throw new CliError('the worker needs EVENT_BUS_REDIS_URL and EVENT_BUS_STREAMS (see docs/openedx.md)');
  const store = openStore(config.databaseUrl, { sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs });
  try {
    await migrateToLatest(store);
    // Learners' progress is evaluated with the plugins' rules too.
    const plugins = await commandPlugins(config, store);
    const logger = pino({ level: config.logLevel });
    const hooks = createHooks(plugins, logger);
    const worker = await eventBusReached(
      startEventWorker({
        store,
        eventBus,
        logger,
        registry: pluginRegistry(plugins),
        hooks,
      }),
    );
    output.out(
      `Learning Paths worker ${worker.consumer} consuming ${eventBus.streams.join(', ')} ` +
        `(group ${eventBus.group}; database: ${config.databaseUrl})\n`,
    );
    const data = dataAccess(store);
    const sender = config.openedxLms
      ? startOutboxSender({ data, lms: createOutboxLms(config, data), log: worker.log })
      : undefined;
    // Workers deliver the plugins' events too: any number of processes may.
    const dispatcher =
      plugins.plugins.length > 0
        ? startEventDispatcher({ data, loaded: plugins, log: worker.log, hooks })
        : undefined;
    await untilSignal();
    await Promise.all([worker.stop(), sender?.stop(), dispatcher?.stop()]);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
