// `learning-paths worker [--database URL_OR_FILE]`: consumes the Open edX event bus
// (EVENT_BUS_REDIS_URL, EVENT_BUS_STREAMS) as one consumer of the group, and sends the LMS outbox,
// until SIGINT or SIGTERM, then finishes the batch and the calls in hand, acknowledges them and
// stops. Production runs several of them.
import {
  ConfigError,
  createOutboxLms,
  dataAccess,
  loadConfig,
  migrateToLatest,
  openStore,
  startEventWorker,
  startOutboxSender,
  type Config,
  type RunningWorker,
  type StartEventWorkerOptions,
} from '@learning-paths/server';
import { CliError, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { untilSignal } from '../until-signal.ts';

/** Starts a worker on the configured bus; an unreachable bus is a clear error, not a stack trace. */
export async function runWorker(options: StartEventWorkerOptions): Promise<RunningWorker> {
  try {
    return await startEventWorker(options);
  } catch (error) {
    throw new CliError((error as Error).message, undefined, { cause: error });
  }
}

export async function workerCommand(options: { database?: string }, output: Output): Promise<number> {
  let config: Config;
  try {
    config = loadConfig({
      ...process.env,
      ...(options.database === undefined ? {} : { DATABASE_URL: options.database }),
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  const { eventBus } = config;
  if (eventBus === null)
    throw new CliError('the worker needs EVENT_BUS_REDIS_URL and EVENT_BUS_STREAMS (see docs/openedx.md)');
  const store = openStore(config.databaseUrl, { sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs });
  try {
    await migrateToLatest(store);
    const worker = await runWorker({ store, eventBus, logLevel: config.logLevel });
    output.out(
      `Learning Paths worker ${worker.consumer} consuming ${eventBus.streams.join(', ')} ` +
        `(group ${eventBus.group}; database: ${config.databaseUrl})\n`,
    );
    const data = dataAccess(store);
    const sender = config.openedxLms
      ? startOutboxSender({ data, lms: createOutboxLms(config, data), log: worker.log })
      : undefined;
    await untilSignal();
    await Promise.all([worker.stop(), sender?.stop()]);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
