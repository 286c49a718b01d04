// What the background senders of the outboxes share (the LMS outbox, lms/outbox-sender.ts; the
// plugin events, plugins/event-dispatcher.ts): a batch claimed with a lease long enough for every
// item in it, work bounded by a timeout, capped exponential backoff, and the loop of rounds that
// runs until stopped, sleeping when nothing is due and finishing the round in hand when stopped.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LeaseSettings {
  /** Items claimed at once. */
  readonly batchSize: number;
  /** Items in flight at once. */
  readonly concurrency: number;
  /** How long one item may take before it counts as failed. */
  readonly timeoutMs: number;
  /** The first retry's delay, doubled for each further attempt… */
  readonly backoffMs: number;
  /** …up to this. */
  readonly maxBackoffMs: number;
  /** The clock; tests move it. */
  readonly now: () => number;
}

/** A batch's lease: every item in it may take the whole timeout, a few at a time, and then some. */
export function leaseMs({ batchSize, concurrency, timeoutMs }: LeaseSettings): number {
  return (Math.ceil(batchSize / concurrency) + 1) * timeoutMs * 2;
}

/** Whether an item started now would end within the lease: else another process might take it meanwhile. */
export function fitsInLease(settings: LeaseSettings, leaseEnd: number): boolean {
  return settings.now() + settings.timeoutMs * 2 <= leaseEnd;
}

/** The delay before the next attempt after `failures` failed ones (0: the first retry). */
export function backoff(
  settings: Pick<LeaseSettings, 'backoffMs' | 'maxBackoffMs'>,
  failures: number,
): number {
  return Math.min(settings.maxBackoffMs, settings.backoffMs * 2 ** failures);
}

/** The call, or `timedOut()` thrown once `timeoutMs` has passed without an answer. */
export async function withTimeout<T>(call: Promise<T>, timeoutMs: number, timedOut: () => Error): Promise<T> {
  // A plain timer, cleared: aborting a promised sleep instead builds an AbortError (with its stack)
  // for every call, which showed in profiles of busy event delivery.
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      call,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(timedOut()), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** What one round did: how many items it claimed (0: nothing was due), and whether the far side seemed away. */
export interface RoundOutcome {
  readonly claimed: number;
  readonly away?: boolean;
}

export interface RoundsOptions {
  /** One round; `stopping` aborts when stop() is called (items not started yet should be released). */
  readonly round: (stopping: AbortSignal) => Promise<RoundOutcome>;
  /** How long the loop sleeps when nothing was due. */
  readonly pollMs: number;
  /** After rounds in a row found the far side away, the loop backs off as each item does. */
  readonly backoff: (awayRounds: number) => number;
  /** A round that threw (the database away for a moment): the loop goes on after a pause. */
  readonly failed: (error: unknown) => void;
}

export interface RunningRounds {
  /** Finishes the round in hand and stops. */
  stop(): Promise<void>;
  /** Runs a round now instead of after the pause (or again, once the round in hand has finished). */
  wake(): void;
}

/** Runs rounds until stopped: at once again after a round that claimed something, else after `pollMs`. */
export function runRounds({ round, pollMs, backoff: awayBackoff, failed }: RoundsOptions): RunningRounds {
  const stopping = new AbortController();
  // Set by wake(): ends the pause in progress, or skips the next one.
  let woken = false;
  let pausing: AbortController | null = null;
  const loop = (async () => {
    let awayRounds = 0;
    while (!stopping.signal.aborted) {
      let pause = pollMs;
      woken = false;
      try {
        const outcome = await round(stopping.signal);
        awayRounds = outcome.away ? awayRounds + 1 : 0;
        if (outcome.away) pause = awayBackoff(awayRounds - 1);
        else if (outcome.claimed > 0) pause = 0;
      } catch (error) {
        failed(error);
      }
      if (pause > 0 && !woken) {
        pausing = new AbortController();
        const signal = AbortSignal.any([stopping.signal, pausing.signal]);
        await sleep(pause, undefined, { signal }).catch(() => undefined);
        pausing = null;
      }
    }
  })();
  return {
    async stop() {
      stopping.abort();
      await loop;
    },
    wake() {
      woken = true;
      pausing?.abort();
    },
  };
}
