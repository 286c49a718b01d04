// The outbox of LMS calls (migrations 0011, 0012): the only SQL about it. Requests queue calls in
// their own transaction; senders claim due rows with a lease (a conditional UPDATE, so that however
// many processes send, each row is held by one at a time on SQLite and PostgreSQL alike) and record
// the outcome only while they still hold the row and it still asks for what they sent.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { chunksOf } from './chunks.ts';
import type { OutboxState } from '../../domain/lms-outbox.ts';

export type AddressAction = 'allow' | 'disallow';
export type OutboxAction = AddressAction | 'enroll';

/** Letting an address into a course before it has an account (`allow`), or taking it out again. */
export interface AddressCall {
  readonly action: AddressAction;
  readonly email: string;
  readonly courseKey: string;
}

/** Enrolling an account in a course through a path (a learner starting a step). */
export interface EnrollCall {
  readonly action: 'enroll';
  readonly username: string;
  readonly courseKey: string;
  readonly viaPath: string;
}

export type OutboxCall = AddressCall | EnrollCall;

/** A row a sender holds: what to send, and the generation its outcome belongs to. */
export type ClaimedCall = OutboxCall & { readonly generation: number; readonly attempts: number };

export interface OutboxStatus {
  readonly email: string;
  readonly courseKey: string;
  readonly action: AddressAction;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly lastError: string | null;
}

/** The row's key: the kind of recipient keeps a username apart from an address spelled the same. */
function keyOf(call: OutboxCall) {
  return call.action === 'enroll'
    ? { kind: 'account', recipient: call.username, course_key: call.courseKey }
    : { kind: 'address', recipient: call.email, course_key: call.courseKey };
}

interface CallRow {
  kind: string;
  recipient: string;
  course_key: string;
  action: string;
  via_path: string | null;
  generation: number;
  attempts: number;
}

function callOf(row: CallRow): ClaimedCall {
  const counts = { generation: Number(row.generation), attempts: Number(row.attempts) };
  return row.kind === 'account'
    ? {
        action: 'enroll',
        username: row.recipient,
        courseKey: row.course_key,
        viaPath: row.via_path ?? '',
        ...counts,
      }
    : { action: row.action as AddressAction, email: row.recipient, courseKey: row.course_key, ...counts };
}

const CALL_COLUMNS = [
  'kind',
  'recipient',
  'course_key',
  'action',
  'via_path',
  'generation',
  'attempts',
] as const;

export interface ClaimOptions {
  readonly claimer: string;
  readonly now: string;
  /** The lease: past it, another sender may claim the row again. */
  readonly until: string;
  readonly limit: number;
}

export interface FailureOutcome {
  readonly error: string;
  /** The LMS refused for good: the row waits for staff to try again. */
  readonly permanent: boolean;
  readonly nextAttemptAt: string;
}

export class LmsOutboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Queues each call; a row already there for its address and course now asks for this one. */
  async queue(calls: readonly OutboxCall[], now: string): Promise<void> {
    for (const chunk of chunksOf(calls))
      await this.db
        .insertInto('lms_outbox')
        .values(
          chunk.map((call) => ({
            ...keyOf(call),
            action: call.action,
            via_path: call.action === 'enroll' ? call.viaPath : null,
            state: 'waiting',
            generation: 1,
            attempts: 0,
            last_error: null,
            next_attempt_at: now,
            claimed_by: null,
            claimed_until: null,
            queued_at: now,
            sent_at: null,
          })),
        )
        .onConflict((conflict) =>
          conflict.columns(['kind', 'recipient', 'course_key']).doUpdateSet((eb) => ({
            action: eb.ref('excluded.action'),
            via_path: eb.ref('excluded.via_path'),
            state: 'waiting',
            // A sender holding the row keeps it: its outcome no longer counts, and the row is sent
            // again once released, so the latest request always reaches the LMS last.
            generation: eb('lms_outbox.generation', '+', 1),
            attempts: 0,
            last_error: null,
            next_attempt_at: now,
            queued_at: now,
            sent_at: null,
          })),
        )
        .execute();
  }

  /** Takes up to `limit` due rows no one holds, for `claimer` until `until`. */
  async claim({ claimer, now, until, limit }: ClaimOptions): Promise<ClaimedCall[]> {
    const free = (eb: ExpressionBuilder<Database, 'lms_outbox'>) =>
      eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]);
    const rows = await this.db
      .updateTable('lms_outbox')
      .set({ claimed_by: claimer, claimed_until: until })
      .where((eb) =>
        eb(
          eb.refTuple('kind', 'recipient', 'course_key'),
          'in',
          eb
            .selectFrom('lms_outbox as due')
            .select(['due.kind', 'due.recipient', 'due.course_key'])
            .where('due.state', '=', 'waiting')
            .where('due.next_attempt_at', '<=', now)
            .where((inner) =>
              inner.or([inner('due.claimed_until', 'is', null), inner('due.claimed_until', '<', now)]),
            )
            .orderBy('due.next_attempt_at')
            .orderBy('due.queued_at')
            .limit(limit)
            .$asTuple('kind', 'recipient', 'course_key'),
        ),
      )
      // Checked again on the row itself: a sender that claimed it meanwhile keeps it.
      .where('state', '=', 'waiting')
      .where(free)
      .returning(CALL_COLUMNS)
      .execute();
    return rows.map(callOf);
  }

  /**
   * Takes this one row for `claimer` until `until` if it is waiting and no one holds it (whether due
   * or not): a request sending its own call at once, ahead of the background sender.
   */
  async claimOne(call: OutboxCall, { claimer, now, until }: Omit<ClaimOptions, 'limit'>) {
    const key = keyOf(call);
    const row = await this.db
      .updateTable('lms_outbox')
      .set({ claimed_by: claimer, claimed_until: until })
      .where('kind', '=', key.kind)
      .where('recipient', '=', key.recipient)
      .where('course_key', '=', key.course_key)
      .where('state', '=', 'waiting')
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
      .returning(CALL_COLUMNS)
      .executeTakeFirst();
    return row && callOf(row);
  }

  /** Where one call stands: its state and the LMS's last reason; undefined when never queued. */
  async stateOf(call: OutboxCall): Promise<{ state: OutboxState; lastError: string | null } | undefined> {
    const key = keyOf(call);
    const row = await this.db
      .selectFrom('lms_outbox')
      .select(['state', 'last_error'])
      .where('kind', '=', key.kind)
      .where('recipient', '=', key.recipient)
      .where('course_key', '=', key.course_key)
      .executeTakeFirst();
    return row && { state: row.state as OutboxState, lastError: row.last_error };
  }

  /** The call was sent: done, unless a newer request came meanwhile (then only released). */
  async markSent(call: ClaimedCall, claimer: string, now: string): Promise<void> {
    const { numUpdatedRows } = await this.held(call, claimer)
      .set((eb) => ({
        state: 'done',
        attempts: eb('attempts', '+', 1),
        last_error: null,
        sent_at: now,
        claimed_by: null,
        claimed_until: null,
      }))
      .where('generation', '=', call.generation)
      .executeTakeFirst();
    if (numUpdatedRows === 0n) await this.release(call, claimer);
  }

  /** The call failed: retried at `nextAttemptAt`, or failed for good; a newer request only releases it. */
  async markFailed(call: ClaimedCall, claimer: string, outcome: FailureOutcome): Promise<void> {
    const { numUpdatedRows } = await this.held(call, claimer)
      .set((eb) => ({
        state: outcome.permanent ? 'failed' : 'waiting',
        attempts: eb('attempts', '+', 1),
        last_error: outcome.error,
        next_attempt_at: outcome.nextAttemptAt,
        claimed_by: null,
        claimed_until: null,
      }))
      .where('generation', '=', call.generation)
      .executeTakeFirst();
    if (numUpdatedRows === 0n) await this.release(call, claimer);
  }

  /** Lets go of a row without recording an outcome (a sender stopping, a newer request). */
  async release(call: OutboxCall, claimer: string): Promise<void> {
    await this.held(call, claimer).set({ claimed_by: null, claimed_until: null }).execute();
  }

  /** Failed rows of these addresses and courses wait to be sent again at once; how many. */
  async retryFailed(emails: readonly string[], courseKeys: readonly string[], now: string): Promise<number> {
    if (emails.length === 0 || courseKeys.length === 0) return 0;
    let count = 0;
    for (const chunk of chunksOf(emails)) {
      const { numUpdatedRows } = await this.db
        .updateTable('lms_outbox')
        .set({ state: 'waiting', next_attempt_at: now })
        .where('state', '=', 'failed')
        .where('kind', '=', 'address')
        .where('recipient', 'in', chunk)
        .where('course_key', 'in', courseKeys)
        .executeTakeFirst();
      count += Number(numUpdatedRows);
    }
    return count;
  }

  /** Where the calls about these addresses stand, in these courses. */
  async statuses(emails: readonly string[], courseKeys: readonly string[]): Promise<OutboxStatus[]> {
    if (emails.length === 0 || courseKeys.length === 0) return [];
    const found: OutboxStatus[] = [];
    for (const chunk of chunksOf(emails)) {
      const rows = await this.db
        .selectFrom('lms_outbox')
        .select(['recipient', 'course_key', 'action', 'state', 'attempts', 'last_error'])
        .where('kind', '=', 'address')
        .where('recipient', 'in', chunk)
        .where('course_key', 'in', courseKeys)
        .orderBy('recipient')
        .orderBy('course_key')
        .execute();
      for (const row of rows)
        found.push({
          email: row.recipient,
          courseKey: row.course_key,
          action: row.action as AddressAction,
          state: row.state as OutboxState,
          attempts: Number(row.attempts),
          lastError: row.last_error,
        });
    }
    return found;
  }

  /** Rows not sent yet (waiting, held or not): for the benchmark and the health of the queue. */
  async countWaiting(): Promise<number> {
    const row = await this.db
      .selectFrom('lms_outbox')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('state', '=', 'waiting')
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  private held(call: OutboxCall, claimer: string) {
    const key = keyOf(call);
    return this.db
      .updateTable('lms_outbox')
      .where('kind', '=', key.kind)
      .where('recipient', '=', key.recipient)
      .where('course_key', '=', key.course_key)
      .where('claimed_by', '=', claimer);
  }
}
