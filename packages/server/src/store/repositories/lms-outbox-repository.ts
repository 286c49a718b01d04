// The outbox of LMS calls (migration 0011): the only SQL about it. Requests queue calls in their
// own transaction; senders claim due rows with a lease (a conditional UPDATE, so that however many
// processes send, each row is held by one at a time on SQLite and PostgreSQL alike) and record the
// outcome only while they still hold the row and it still asks for what they sent.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { chunksOf } from './chunks.ts';

export type OutboxAction = 'allow' | 'disallow';
export type OutboxState = 'waiting' | 'done' | 'failed';

export interface OutboxCall {
  readonly email: string;
  readonly courseKey: string;
  readonly action: OutboxAction;
}

/** A row a sender holds: what to send, and the generation its outcome belongs to. */
export interface ClaimedCall extends OutboxCall {
  readonly generation: number;
  readonly attempts: number;
}

export interface OutboxStatus {
  readonly email: string;
  readonly courseKey: string;
  readonly action: OutboxAction;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly lastError: string | null;
}

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
            email: call.email,
            course_key: call.courseKey,
            action: call.action,
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
          conflict.columns(['email', 'course_key']).doUpdateSet((eb) => ({
            action: eb.ref('excluded.action'),
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
          eb.refTuple('email', 'course_key'),
          'in',
          eb
            .selectFrom('lms_outbox as due')
            .select(['due.email', 'due.course_key'])
            .where('due.state', '=', 'waiting')
            .where('due.next_attempt_at', '<=', now)
            .where((inner) =>
              inner.or([inner('due.claimed_until', 'is', null), inner('due.claimed_until', '<', now)]),
            )
            .orderBy('due.next_attempt_at')
            .orderBy('due.queued_at')
            .limit(limit)
            .$asTuple('email', 'course_key'),
        ),
      )
      // Checked again on the row itself: a sender that claimed it meanwhile keeps it.
      .where('state', '=', 'waiting')
      .where(free)
      .returning(['email', 'course_key', 'action', 'generation', 'attempts'])
      .execute();
    return rows.map((row) => ({
      email: row.email,
      courseKey: row.course_key,
      action: row.action as OutboxAction,
      generation: Number(row.generation),
      attempts: Number(row.attempts),
    }));
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
        .where('email', 'in', chunk)
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
        .select(['email', 'course_key', 'action', 'state', 'attempts', 'last_error'])
        .where('email', 'in', chunk)
        .where('course_key', 'in', courseKeys)
        .orderBy('email')
        .orderBy('course_key')
        .execute();
      for (const row of rows)
        found.push({
          email: row.email,
          courseKey: row.course_key,
          action: row.action as OutboxAction,
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
    return this.db
      .updateTable('lms_outbox')
      .where('email', '=', call.email)
      .where('course_key', '=', call.courseKey)
      .where('claimed_by', '=', claimer);
  }
}
