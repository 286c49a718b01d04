// The background sender of the LMS outbox: claims due calls with a lease, sends them a few at a
// time (each bounded by a timeout, so an LMS that never answers holds nothing), marks them done,
// or schedules another attempt with capped exponential backoff; a refusal of the LMS itself fails
// the call until staff try again. Runs in `start` and in `worker`; any number of processes may run
// one, as each call is held by one sender at a time. The calls are idempotent on the LMS's side.
import { randomUUID } from 'node:crypto';
import { backoff, fitsInLease, leaseMs, runRounds, withTimeout } from '../background/leased-rounds.ts';
import type { DataAccess } from '../store/data-access.ts';
import type { ClaimedCall, OutboxCall } from '../store/repositories/lms-outbox-repository.ts';
import { inParallel } from './in-parallel.ts';
import { LmsError, type LmsPort } from './lms-port.ts';

export interface SenderLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface OutboxSenderOptions {
  readonly data: DataAccess;
  readonly lms: LmsPort;
  readonly log: SenderLog;
  /** Calls claimed at once (default 50). */
  readonly batchSize?: number;
  /** Calls in flight at once (default 4); the adapter paces them to its rate. */
  readonly concurrency?: number;
  /** How long one call may take before it counts as a transient failure (default 15 s). */
  readonly timeoutMs?: number;
  /** How long the sender sleeps when nothing is due (default 1 s). */
  readonly pollMs?: number;
  /** The first retry's delay, doubled for each further attempt (default 1 s)… */
  readonly backoffMs?: number;
  /** …up to this (default 30 s), so that calls reach an LMS soon after it comes back. */
  readonly maxBackoffMs?: number;
  /** The clock; tests move it. */
  readonly now?: () => number;
}

type Settings = Required<Omit<OutboxSenderOptions, 'data' | 'lms' | 'log'>>;

/** What sending needs; only rounds log. */
type SendOptions = Omit<OutboxSenderOptions, 'log'>;

function settingsOf(options: SendOptions): Settings {
  return {
    batchSize: 50,
    concurrency: 4,
    timeoutMs: 15_000,
    pollMs: 1000,
    backoffMs: 1000,
    maxBackoffMs: 30_000,
    now: Date.now,
    ...options,
  };
}

class CallTimeout extends LmsError {}

/** The call names an account or a course that is gone: sent again, it fails the same way. */
class NothingToSend extends LmsError {
  override get permanent(): boolean {
    return true;
  }
}

/** Makes the call; true when the LMS changed (false: it had that already). */
async function send(data: DataAccess, lms: LmsPort, call: OutboxCall): Promise<boolean> {
  if (call.action === 'enroll') {
    const user = await data.users.findByUsername(call.username);
    const course = await data.courses.get(call.courseKey);
    if (!user || !course)
      throw new NothingToSend(
        `cannot enroll ${call.username} in ${call.courseKey}: ${user ? 'the course' : 'the account'} is gone`,
      );
    return (await lms.enroll({ user, course, viaPath: call.viaPath, now: new Date().toISOString() })).created;
  }
  const request = { email: call.email, courseKey: call.courseKey };
  if (call.action === 'allow') return (await lms.allowEnrollment(request)).created;
  return (await lms.disallowEnrollment(request)).removed;
}

/** Who a call is about and where, for logs. */
function describe(call: OutboxCall) {
  return { recipient: call.action === 'enroll' ? call.username : call.email, course: call.courseKey };
}

/**
 * Sends `call` (a row held by `claimer`) within `timeoutMs` and records the outcome: done, failed
 * for good when the LMS refused it, or waiting again after a backoff. Returns the outcome.
 */
async function sendHeld(
  options: SendOptions,
  settings: Settings,
  call: ClaimedCall,
  claimer: string,
): Promise<{ changed: boolean } | { error: LmsError }> {
  const { data, lms } = options;
  try {
    const changed = await withTimeout(
      send(data, lms, call),
      settings.timeoutMs,
      () => new CallTimeout(`the LMS did not answer within ${settings.timeoutMs / 1000} s`),
    );
    await data.lmsOutbox.markSent(call, claimer, new Date(settings.now()).toISOString());
    return { changed };
  } catch (error) {
    if (!(error instanceof LmsError)) {
      await data.lmsOutbox.release(call, claimer);
      throw error;
    }
    await data.lmsOutbox.markFailed(call, claimer, {
      error: error.message,
      permanent: error.permanent,
      nextAttemptAt: new Date(settings.now() + backoff(settings, call.attempts)).toISOString(),
    });
    return { error };
  }
}

export interface Round {
  /** Calls claimed (0: nothing was due). */
  readonly claimed: number;
  readonly sent: number;
  /** The LMS seemed away (a timeout, no connection, 5xx): the calls not started were released. */
  readonly unreachable: boolean;
}

/**
 * One round: claims up to a batch of due calls for `claimer`, sends them and records each outcome.
 * Once a call fails transiently, or when `stopping` aborts, calls not started yet are released
 * unsent: an LMS that is away costs one timeout per call in flight, not one per call queued.
 */
export async function sendDueCalls(
  options: OutboxSenderOptions,
  claimer: string,
  stopping: AbortSignal = new AbortController().signal,
): Promise<Round> {
  const settings = settingsOf(options);
  const { data, log } = options;
  const claimedAt = settings.now();
  const leaseEnd = claimedAt + leaseMs(settings);
  const calls = await data.lmsOutbox.claim({
    claimer,
    now: new Date(claimedAt).toISOString(),
    until: new Date(leaseEnd).toISOString(),
    limit: settings.batchSize,
  });
  let sent = 0;
  let unreachable = false;
  const failures: { recipient: string; course: string; error: string }[] = [];
  await inParallel(calls, settings.concurrency, async (call) => {
    // Never start a call the lease might not cover: another sender could take it meanwhile.
    if (unreachable || stopping.aborted || !fitsInLease(settings, leaseEnd))
      return data.lmsOutbox.release(call, claimer);
    const outcome = await sendHeld(options, settings, call, claimer);
    if ('changed' in outcome) sent += 1;
    else {
      if (!outcome.error.permanent) unreachable = true;
      failures.push({ ...describe(call), error: outcome.error.message });
    }
  });
  if (failures.length > 0)
    log.warn(
      { failed: failures.length, claimed: calls.length, failures: failures.slice(0, 5) },
      'the LMS failed queued calls; those it did not refuse are tried again later',
    );
  return { claimed: calls.length, sent, unreachable };
}

/** What became of a call sent at once: made, refused by the LMS, or left to the background sender. */
export type SentNow =
  | { readonly outcome: 'done'; readonly changed: boolean }
  | { readonly outcome: 'failed'; readonly error: string }
  | { readonly outcome: 'queued' };

/**
 * Sends one queued call at once, for the request that queued it, waiting at most `waitMs`: a learner
 * starting a course is enrolled before being sent there whenever the LMS answers promptly. An LMS
 * away or slow leaves the call queued (the background sender takes it on), so the request answers
 * "queued" within the wait; a call another sender holds is queued too.
 */
export async function sendNow(options: SendOptions, call: OutboxCall, waitMs: number): Promise<SentNow> {
  const settings = { ...settingsOf(options), timeoutMs: waitMs };
  const claimer = randomUUID();
  const claimedAt = settings.now();
  const claimed = await options.data.lmsOutbox.claimOne(call, {
    claimer,
    now: new Date(claimedAt).toISOString(),
    until: new Date(claimedAt + leaseMs({ ...settings, batchSize: 1, concurrency: 1 })).toISOString(),
  });
  if (!claimed) return { outcome: 'queued' };
  const outcome = await sendHeld(options, settings, claimed, claimer);
  if ('changed' in outcome) return { outcome: 'done', changed: outcome.changed };
  return outcome.error.permanent
    ? { outcome: 'failed', error: outcome.error.message }
    : { outcome: 'queued' };
}

export interface RunningSender {
  /** Finishes the calls in flight (each at most the timeout), releases the rest, and stops. */
  stop(): Promise<void>;
}

/** Sends the outbox until stopped: round after round, sleeping `pollMs` when nothing is due. */
export function startOutboxSender(options: OutboxSenderOptions): RunningSender {
  const settings = settingsOf(options);
  const claimer = randomUUID();
  return runRounds({
    pollMs: settings.pollMs,
    round: async (stopping) => {
      const round = await sendDueCalls(options, claimer, stopping);
      // Rounds in a row that found the LMS away: the sender backs off as each call does.
      return { claimed: round.claimed, away: round.unreachable };
    },
    backoff: (awayRounds) => backoff(settings, awayRounds),
    // The database away for a moment: the calls stay queued; try again after a pause.
    failed: (error) => options.log.error({ err: error }, 'the LMS outbox sender failed a round'),
  });
}
