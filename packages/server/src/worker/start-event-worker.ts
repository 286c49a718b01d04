// Starts an event-bus worker on a store with the configured event bus, on a Redis connection of its
// own that stopping it closes: what `learning-paths worker` runs, and `start` in Open edX mode.
import type { RuleRegistry } from '@learning-paths/core';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import type { Config, EventBusConfig } from '../config/config.ts';
import { CompiledPaths } from '../services/progress/compiled-paths.ts';
import { dataAccess } from '../store/data-access.ts';
import type { Store } from '../store/database.ts';
import type { Hooks } from '../services/plugin-hooks.ts';
import { EventWorker, type WorkerCounters, type WorkerLogger } from './event-worker.ts';

export interface StartEventWorkerOptions {
  readonly store: Store;
  readonly eventBus: EventBusConfig;
  /** Where it logs; JSON lines on stdout at this level when absent. */
  readonly logger?: WorkerLogger;
  readonly logLevel?: Config['logLevel'];
  /** The rules paths are evaluated with: the built-in ones and the plugins' (plugin-registry.ts). */
  readonly registry?: RuleRegistry;
  /** Where the changes the events make are reported to plugins; none when absent. */
  readonly hooks?: Hooks;
}

/** The event bus could not be reached or joined at start; the message says which and why. */
export class EventBusError extends Error {
  override readonly name = 'EventBusError';
}

export interface RunningWorker {
  /** Its name in the consumer group. */
  readonly consumer: string;
  /** Its logger, for the work that runs beside it (the LMS outbox sender). */
  readonly log: WorkerLogger;
  counters(): Promise<WorkerCounters>;
  /** Finishes the batch in hand, acks it, and closes the Redis connection. */
  stop(): Promise<void>;
}

export async function startEventWorker({
  store,
  eventBus,
  logger,
  logLevel = 'info',
  registry,
  hooks,
}: StartEventWorkerOptions): Promise<RunningWorker> {
  const log = logger ?? pino({ level: logLevel });
  const redis = new Redis(eventBus.redisUrl, { lazyConnect: true });
  let lastError: Error | undefined;
  // ioredis reconnects by itself; what went wrong is logged rather than thrown at nobody.
  redis.on('error', (error: Error) => {
    lastError = error;
    log.warn({ err: error }, 'event bus connection error');
  });
  try {
    // Connecting first makes an unreachable bus fail the start, rather than a later read.
    await redis.connect().catch((error: Error) => {
      throw new Error(
        `cannot reach the event bus at ${withoutPassword(eventBus.redisUrl)}: ${(lastError ?? error).message}`,
      );
    });
    const worker = new EventWorker({
      redis,
      data: dataAccess(store),
      compiled: new CompiledPaths(registry),
      streams: eventBus.streams,
      group: eventBus.group,
      groupStart: eventBus.groupStart,
      claimIdleMs: eventBus.claimIdleMs,
      maxDeliveries: eventBus.maxDeliveries,
      logger: log,
      ...(hooks && { hooks }),
    });
    await worker.start();
    return {
      consumer: worker.consumer,
      log,
      counters: () => worker.counters(),
      stop: async () => {
        await worker.stop();
        await redis.quit();
      },
    };
  } catch (error) {
    redis.disconnect();
    throw new EventBusError((error as Error).message, { cause: error });
  }
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.toString();
}
