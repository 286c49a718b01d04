// Delivers the plugin events use cases wrote (services/plugin-hooks.ts) after their transaction
// committed: claims due deliveries with a lease, gives each to its plugin's handlers (each call
// bounded by a timeout), deletes it once they all returned, or schedules another attempt with capped
// exponential backoff when one threw, logged with the plugin and the event. A learner's events reach
// each plugin in order: a delivery is due only once that learner's earlier ones to that plugin are
// made (store/repositories/plugin-event-repository.ts). Any number of processes may run one.
import { randomUUID } from 'node:crypto';
import type { EventType, PluginEvent } from '@learning-paths/plugin-api';
import {
  backoff,
  fitsInLease,
  leaseMs,
  runRounds,
  withTimeout,
  type LeaseSettings,
} from '../background/leased-rounds.ts';
import { inParallel } from '../lms/in-parallel.ts';
import type { DataAccess } from '../store/data-access.ts';
import type { ClaimedDelivery } from '../store/repositories/plugin-event-repository.ts';
import type { Hooks } from '../services/plugin-hooks.ts';
import type { LoadedPlugins } from './loaded-plugins.ts';

export interface DispatcherLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface EventDispatcherOptions extends Partial<LeaseSettings> {
  readonly data: DataAccess;
  readonly loaded: LoadedPlugins;
  readonly log: DispatcherLog;
  /** How long the dispatcher sleeps when nothing is due (default 1 s). */
  readonly pollMs?: number;
  /** The hooks this process writes events through: their commits wake the dispatcher at once. */
  readonly hooks?: Pick<Hooks, 'onEventsCommitted'>;
}

type Settings = LeaseSettings & { readonly pollMs: number };

function settingsOf(options: EventDispatcherOptions): Settings {
  return {
    batchSize: 50,
    concurrency: 4,
    timeoutMs: 30_000,
    pollMs: 1000,
    backoffMs: 1000,
    // A plugin whose far side is away for hours is tried every few minutes, not ever more rarely.
    maxBackoffMs: 5 * 60_000,
    now: Date.now,
    ...options,
  };
}

/** The plugins with handlers in this process: only their deliveries are claimed. */
function listeningPlugins(loaded: LoadedPlugins): string[] {
  const handlers: readonly (readonly { pluginId: string }[] | undefined)[] = Object.values(loaded.handlers);
  return [...new Set(handlers.flatMap((list) => (list ?? []).map((handler) => handler.pluginId)))];
}

class HandlerTimeout extends Error {}

/** Gives the event to each of the plugin's handlers of its type, in registration order. */
async function deliver(loaded: LoadedPlugins, settings: Settings, delivery: ClaimedDelivery): Promise<void> {
  const type = delivery.type as EventType;
  const event = { id: delivery.id, type, time: delivery.createdAt, data: delivery.data } as PluginEvent;
  // A plugin no longer listening to the type (updated since) has nothing to do with it: delivered.
  for (const { pluginId, handler } of loaded.handlers[type] ?? [])
    if (pluginId === delivery.pluginId)
      await withTimeout(
        Promise.resolve().then(() => (handler as (event: PluginEvent) => unknown)(event)),
        settings.timeoutMs,
        () => new HandlerTimeout(`the handler did not return within ${settings.timeoutMs / 1000} s`),
      );
}

export interface DispatchRound {
  /** Deliveries claimed (0: nothing was due). */
  readonly claimed: number;
  readonly delivered: number;
  readonly failed: number;
}

/** One round: claims up to a batch of due deliveries for `claimer`, delivers them and records each outcome. */
export async function deliverDueEvents(
  options: EventDispatcherOptions,
  claimer: string,
  stopping: AbortSignal = new AbortController().signal,
): Promise<DispatchRound> {
  const settings = settingsOf(options);
  const { data, loaded, log } = options;
  const claimedAt = settings.now();
  const leaseEnd = claimedAt + leaseMs(settings);
  const deliveries = await data.pluginEvents.claim({
    plugins: listeningPlugins(loaded),
    claimer,
    now: new Date(claimedAt).toISOString(),
    until: new Date(leaseEnd).toISOString(),
    limit: settings.batchSize,
  });
  const delivered: ClaimedDelivery[] = [];
  let failed = 0;
  await inParallel(deliveries, settings.concurrency, async (delivery) => {
    if (stopping.aborted || !fitsInLease(settings, leaseEnd))
      return data.pluginEvents.release(delivery, claimer);
    try {
      await deliver(loaded, settings, delivery);
    } catch (error) {
      failed += 1;
      const retryInMs = backoff(settings, delivery.attempts);
      log.warn(
        {
          plugin: delivery.pluginId,
          event: delivery.id,
          type: delivery.type,
          attempts: delivery.attempts + 1,
          retryInMs,
          err: error,
        },
        "a plugin's event handler failed; the event is delivered again later, its learner's later events wait",
      );
      return data.pluginEvents.markFailed(delivery, claimer, {
        error: error instanceof Error ? error.message : String(error),
        nextAttemptAt: new Date(settings.now() + retryInMs).toISOString(),
      });
    }
    delivered.push(delivery);
  });
  // Recorded together at the end of the round: one transaction, not one a delivery. A process that
  // dies before delivers them again (at least once), which handlers already expect.
  if (delivered.length > 0)
    await data.transaction((trx) => trx.pluginEvents.markDelivered(delivered, claimer));
  return { claimed: deliveries.length, delivered: delivered.length, failed };
}

export interface RunningDispatcher {
  /** Finishes the deliveries in flight (each at most the timeout), releases the rest, and stops. */
  stop(): Promise<void>;
}

/** Delivers plugin events until stopped; with no plugin listening to any event, does nothing at all. */
export function startEventDispatcher(options: EventDispatcherOptions): RunningDispatcher {
  if (listeningPlugins(options.loaded).length === 0) return { stop: () => Promise.resolve() };
  const settings = settingsOf(options);
  const claimer = randomUUID();
  const rounds = runRounds({
    pollMs: settings.pollMs,
    round: (stopping) => deliverDueEvents(options, claimer, stopping),
    backoff: () => settings.pollMs,
    // The database away for a moment: the deliveries stay; try again after a pause.
    failed: (error) => options.log.error({ err: error }, 'the plugin event dispatcher failed a round'),
  });
  // Events this process wrote are delivered as soon as they are committed, not at the next poll;
  // the poll still finds those other processes wrote.
  options.hooks?.onEventsCommitted(() => rounds.wake());
  return rounds;
}
