// The event-bus consumer: one consumer of the group on every configured stream. It applies each
// stream's batch in one transaction and acks only once that committed; takes over what a dead
// worker left pending; retries a failing message on later deliveries and dead-letters it after
// `maxDeliveries` (an unreadable one at once); counts what it does. stop() finishes the batch in
// hand, acks it, then returns.
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import { applyEvents, type ApplyEventsResult } from '../services/events/apply-events.ts';
import { attachParkedFacts } from '../services/events/attach-parked-facts.ts';
import type { EventMessage } from '../services/events/event-message.ts';
import type { CompiledPaths } from '../services/progress/compiled-paths.ts';
import type { DataAccess } from '../store/data-access.ts';
import { decodeMessage } from './decode-message.ts';
import { EventStreams, type GroupStart } from './event-streams.ts';
import { deadLetter } from './dead-letter.ts';
import type { Delivery } from './stream-entry.ts';
import type { Hooks } from '../services/plugin-hooks.ts';

/** What pino (and fastify's logger) offer; the worker logs JSON lines through it. */
export interface WorkerLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface EventWorkerOptions {
  /** A connection of the worker's own: its reads block it. */
  readonly redis: Redis;
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly streams: readonly string[];
  readonly group: string;
  /** This worker's name in the group; host name and process id by default. */
  readonly consumer?: string;
  /** Where the group starts when this worker creates it. */
  readonly groupStart?: GroupStart;
  /** Entries read from a stream at a time, applied in one transaction. */
  readonly batchSize?: number;
  /** A message pending this long with a consumer is taken over: that worker is presumed dead. */
  readonly claimIdleMs?: number;
  /** A message failing on this many deliveries is dead-lettered. */
  readonly maxDeliveries?: number;
  /** How long a read waits for new entries, and so how long stop() may wait. */
  readonly blockMs?: number;
  /** How often facts parked for users who became known some other way (a sign-in) are attached. */
  readonly attachIntervalMs?: number;
  /** How often the counters are logged. */
  readonly logIntervalMs?: number;
  readonly logger?: WorkerLogger;
  readonly clock?: () => Date;
  /** Where the changes the events make are reported to plugins (applyEvents takes it from here). */
  readonly hooks?: Hooks;
}

export interface WorkerCounters {
  /** Messages applied (or found applied before) and acked. */
  readonly processed: number;
  /** Of those, messages whose event had been handled already: a redelivery. */
  readonly duplicates: number;
  /** Facts parked for an LMS user id no user had, and parked facts attached since. */
  readonly parked: number;
  readonly attached: number;
  /** Events timed more than a few minutes after the worker's clock, kept at the time of receipt. */
  readonly clamped: number;
  /** Failed attempts at a message; each is tried again on its next delivery. */
  readonly failed: number;
  readonly deadLettered: number;
  /** Entries of the streams the group has not finished: not yet delivered, or not yet acked. */
  readonly lag: number;
}

type Counts = { -readonly [K in Exclude<keyof WorkerCounters, 'lag'>]: number };

/** One message in hand: how it came, and what it says. */
interface Received {
  readonly delivery: Delivery;
  readonly message: EventMessage;
}

const silent: WorkerLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export class EventWorker {
  readonly #options: EventWorkerOptions;
  readonly #streams: EventStreams;
  readonly #logger: WorkerLogger;
  readonly #batchSize: number;
  readonly #claimIdleMs: number;
  readonly #maxDeliveries: number;
  readonly #blockMs: number;
  readonly #counts: Counts = {
    processed: 0,
    duplicates: 0,
    parked: 0,
    attached: 0,
    clamped: 0,
    failed: 0,
    deadLettered: 0,
  };
  /** When each periodic task is next due (ms since the epoch). */
  readonly #due: Record<'claim' | 'attach' | 'log', number> = { claim: 0, attach: 0, log: 0 };
  #stopping = false;
  #loop: Promise<void> | undefined;

  constructor(options: EventWorkerOptions) {
    this.#options = options;
    this.#streams = new EventStreams(
      options.redis,
      options.group,
      options.consumer ?? `${hostname()}-${process.pid}`,
    );
    this.#logger = options.logger ?? silent;
    // Bigger batches share a commit (and its fsync) among more events; 500 stays well under a second.
    this.#batchSize = options.batchSize ?? 500;
    this.#claimIdleMs = options.claimIdleMs ?? 60_000;
    this.#maxDeliveries = options.maxDeliveries ?? 5;
    this.#blockMs = options.blockMs ?? 1_000;
  }

  get consumer(): string {
    return this.#streams.consumer;
  }

  /** Creates the consumer groups, then consumes in the background until stop(). */
  async start(): Promise<void> {
    const { streams, group } = this.#options;
    await this.#ensureGroups();
    this.#loop = this.#run();
    this.#logger.info({ streams, group, consumer: this.consumer }, 'event worker started');
  }

  /** Finishes the batch in hand (applied and acked), then stops. */
  async stop(): Promise<void> {
    this.#stopping = true;
    await this.#loop;
    this.#logger.info({ consumer: this.consumer, ...this.#counts }, 'event worker stopped');
  }

  async counters(): Promise<WorkerCounters> {
    return { ...this.#counts, lag: await this.#streams.backlog(this.#options.streams) };
  }

  async #run(): Promise<void> {
    while (!this.#stopping) {
      try {
        await this.#step();
      } catch (error) {
        // Redis or the database is away: say so, wait a moment, and try again.
        this.#logger.error({ err: error }, 'event worker cannot read or apply events');
        await new Promise((resolve) => setTimeout(resolve, Math.min(this.#blockMs, 1_000)));
        // A Redis that restarted without its data has lost the streams and the group with them.
        if (error instanceof Error && error.message.startsWith('NOGROUP'))
          await this.#ensureGroups().catch(() => undefined);
      }
    }
  }

  #ensureGroups(): Promise<void> {
    return this.#streams.ensureGroups(this.#options.streams, this.#options.groupStart ?? '0');
  }

  async #step(): Promise<void> {
    const { streams, attachIntervalMs = 10_000, logIntervalMs = 60_000 } = this.#options;
    if (this.#isDue('claim', this.#claimIdleMs / 2)) await this.#reclaim();
    if (this.#isDue('attach', attachIntervalMs))
      this.#counts.attached += await attachParkedFacts({ ...this.#options, now: this.#now() });
    if (this.#isDue('log', logIntervalMs)) this.#logger.info(await this.counters(), 'event worker counters');
    for (const batch of await this.#streams.read(streams, this.#batchSize, this.#blockMs))
      await this.#handle(batch);
  }

  #isDue(task: 'claim' | 'attach' | 'log', everyMs: number): boolean {
    const now = Date.now();
    if (now < this.#due[task]) return false;
    this.#due[task] = now + everyMs;
    return true;
  }

  /** Takes over and handles, stream by stream, what has been pending too long. */
  async #reclaim(): Promise<void> {
    for (const stream of this.#options.streams) {
      let cursor = '0-0';
      do {
        const claimed = await this.#streams.claim(stream, this.#claimIdleMs, cursor, this.#batchSize);
        cursor = claimed.cursor;
        if (claimed.deliveries.length > 0) await this.#handle(claimed.deliveries);
      } while (cursor !== '0-0' && !this.#stopping);
    }
  }

  /** Handles entries of one stream, then acks those applied or dead-lettered. */
  async #handle(deliveries: readonly Delivery[]): Promise<void> {
    const done: string[] = [];
    const received: Received[] = [];
    for (const delivery of deliveries) {
      try {
        received.push({ delivery, message: decodeMessage(delivery.entry) });
      } catch (error) {
        // Unreadable now, unreadable on every delivery: no retries.
        done.push(...(await this.#deadLetter(delivery, error)));
      }
    }
    done.push(...(await this.#apply(received)));
    await this.#streams.ack(deliveries[0]!.entry.stream, done);
  }

  /**
   * Applies messages in one transaction; returns the entry ids done with (applied or
   * dead-lettered). First it passes over learners another worker holds (`skipBusy`), then takes
   * those in a transaction that waits for them.
   */
  async #apply(received: readonly Received[], skipBusy = true): Promise<string[]> {
    if (received.length === 0) return [];
    let deferred: Set<EventMessage>;
    try {
      const messages = received.map(({ message }) => message);
      const result = await applyEvents({ ...this.#options, messages, now: this.#now(), skipBusy });
      this.#tally(messages.length - result.deferred.length, result);
      deferred = new Set(result.deferred);
    } catch (error) {
      // One message may be the cause: apply each alone, so that the others go through.
      if (received.length > 1) {
        const done: string[] = [];
        for (const one of received) done.push(...(await this.#apply([one], skipBusy)));
        return done;
      }
      return this.#failed(received[0]!.delivery, error);
    }
    const later = received.filter(({ message }) => deferred.has(message));
    return [
      ...received
        .filter(({ message }) => !deferred.has(message))
        .map(({ delivery }) => delivery.entry.entryId),
      ...(await this.#apply(later, false)),
    ];
  }

  /** A message failed: left pending for its next delivery, or dead-lettered after its last. */
  async #failed(delivery: Delivery, error: unknown): Promise<string[]> {
    this.#counts.failed += 1;
    if (delivery.deliveries >= this.#maxDeliveries) return this.#deadLetter(delivery, error);
    const { stream, entryId } = delivery.entry;
    this.#logger.warn(
      { err: error, stream, entry: entryId, deliveries: delivery.deliveries },
      'event failed; it will be retried when claimed again',
    );
    return [];
  }

  #tally(messages: number, { duplicates, parked, attached, clamped }: ApplyEventsResult): void {
    this.#counts.processed += messages;
    this.#counts.duplicates += duplicates;
    this.#counts.parked += parked;
    this.#counts.attached += attached;
    this.#counts.clamped += clamped;
    if (clamped > 0)
      this.#logger.warn(
        { clamped },
        "events timed in the future were kept at the time of receipt: is the LMS's clock right?",
      );
  }

  /** Keeps a message the worker gives up on; returns its entry id, or none when even that failed. */
  async #deadLetter(delivery: Delivery, error: unknown): Promise<string[]> {
    const { stream, entryId } = delivery.entry;
    const reason = error instanceof Error ? error.message : String(error);
    try {
      await deadLetter(this.#options.data, delivery, reason, this.#now());
    } catch (failure) {
      this.#logger.error({ err: failure, stream, entry: entryId }, 'cannot dead-letter; it stays pending');
      return [];
    }
    this.#counts.deadLettered += 1;
    this.#logger.warn(
      { stream, entry: entryId, deliveries: delivery.deliveries, error: reason },
      'dead-lettered',
    );
    return [entryId];
  }

  #now(): string {
    return (this.#options.clock?.() ?? new Date()).toISOString();
  }
}
