// The outbox of events for plugins (migration 0013): the only SQL about it. Use cases add events in
// the transaction of their change, each with a delivery per plugin listening to its type;
// dispatchers claim due deliveries with a lease (a conditional UPDATE, so that however many
// processes dispatch, each delivery is held by one at a time) and delete each once delivered.
// A delivery is due only when no earlier delivery of the same learner to the same plugin is left:
// a learner's events reach each plugin in order, one at a time, and a failing one holds back that
// learner's later events for that plugin only.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { chunksOf } from './chunks.ts';

export interface NewEventRow {
  readonly id: string;
  readonly type: string;
  readonly learner: string | null;
  /** The payload, as JSON-ready data. */
  readonly data: unknown;
  readonly createdAt: string;
  /** The plugins to deliver it to. */
  readonly plugins: readonly string[];
}

/** A delivery a dispatcher holds: the event and the plugin to give it to. */
export interface ClaimedDelivery {
  readonly pluginId: string;
  readonly seq: number;
  readonly id: string;
  readonly type: string;
  readonly learner: string | null;
  readonly data: unknown;
  readonly createdAt: string;
  /** Failed attempts so far. */
  readonly attempts: number;
}

export interface ClaimDeliveriesOptions {
  /** Only deliveries to these plugins (those this process has loaded). */
  readonly plugins: readonly string[];
  readonly claimer: string;
  readonly now: string;
  /** The lease: past it, another dispatcher may claim the delivery again. */
  readonly until: string;
  readonly limit: number;
}

type Deliveries = ExpressionBuilder<Database, 'plugin_event_deliveries'>;

export class PluginEventRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Writes the events and their deliveries, due at once. */
  async add(events: readonly NewEventRow[]): Promise<void> {
    for (const chunk of chunksOf(events)) {
      const written = await this.db
        .insertInto('plugin_events')
        .values(
          chunk.map((event) => ({
            id: event.id,
            type: event.type,
            learner: event.learner,
            data: JSON.stringify(event.data),
            created_at: event.createdAt,
          })),
        )
        .returning(['seq', 'id'])
        .execute();
      const seqOf = new Map(written.map((row) => [row.id, Number(row.seq)]));
      const deliveries = chunk.flatMap((event) =>
        event.plugins.map((pluginId) => ({
          plugin_id: pluginId,
          event_seq: seqOf.get(event.id)!,
          learner: event.learner,
          attempts: 0,
          last_error: null,
          next_attempt_at: event.createdAt,
          claimed_by: null,
          claimed_until: null,
        })),
      );
      for (const rows of chunksOf(deliveries))
        await this.db.insertInto('plugin_event_deliveries').values(rows).execute();
    }
  }

  /** Takes up to `limit` due deliveries no one holds, first in each learner's order, for `claimer`. */
  async claim({ plugins, claimer, now, until, limit }: ClaimDeliveriesOptions): Promise<ClaimedDelivery[]> {
    if (plugins.length === 0) return [];
    const free = (eb: Deliveries) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]);
    const claimed = await this.db
      .updateTable('plugin_event_deliveries')
      .set({ claimed_by: claimer, claimed_until: until })
      .where((eb) =>
        eb(
          eb.refTuple('plugin_id', 'event_seq'),
          'in',
          eb
            .selectFrom('plugin_event_deliveries as due')
            .select(['due.plugin_id', 'due.event_seq'])
            .where('due.plugin_id', 'in', plugins)
            .where('due.next_attempt_at', '<=', now)
            .where((inner) =>
              inner.or([inner('due.claimed_until', 'is', null), inner('due.claimed_until', '<', now)]),
            )
            // The first left of its learner's deliveries to that plugin (a null learner has no order).
            .where((inner) =>
              inner.not(
                inner.exists(
                  inner
                    .selectFrom('plugin_event_deliveries as earlier')
                    .select('earlier.event_seq')
                    .whereRef('earlier.plugin_id', '=', 'due.plugin_id')
                    .whereRef('earlier.learner', '=', 'due.learner')
                    .whereRef('earlier.event_seq', '<', 'due.event_seq'),
                ),
              ),
            )
            .orderBy('due.event_seq')
            .limit(limit)
            .$asTuple('plugin_id', 'event_seq'),
        ),
      )
      // Checked again on the row itself: a dispatcher that claimed it meanwhile keeps it.
      .where(free)
      .returning(['plugin_id', 'event_seq', 'attempts'])
      .execute();
    if (claimed.length === 0) return [];
    const events = await this.db
      .selectFrom('plugin_events')
      .select(['seq', 'id', 'type', 'learner', 'data', 'created_at'])
      .where('seq', 'in', [...new Set(claimed.map((row) => Number(row.event_seq)))])
      .execute();
    const bySeq = new Map(events.map((event) => [Number(event.seq), event]));
    return claimed
      .map((row) => {
        const event = bySeq.get(Number(row.event_seq))!;
        return {
          pluginId: row.plugin_id,
          seq: Number(event.seq),
          id: event.id,
          type: event.type,
          learner: event.learner,
          data: JSON.parse(event.data) as unknown,
          createdAt: event.created_at,
          attempts: Number(row.attempts),
        };
      })
      .sort((one, other) => one.seq - other.seq);
  }

  /**
   * The deliveries were made: gone, and each event with them once no plugin waits for it. One
   * statement for each, whatever their number: a round's deliveries are recorded together.
   */
  async markDelivered(deliveries: readonly ClaimedDelivery[], claimer: string): Promise<void> {
    for (const chunk of chunksOf(deliveries)) {
      const seqs = [...new Set(chunk.map((delivery) => delivery.seq))];
      await this.db
        .deleteFrom('plugin_event_deliveries')
        .where((eb) =>
          eb.or(
            chunk.map((delivery) =>
              eb.and([eb('plugin_id', '=', delivery.pluginId), eb('event_seq', '=', delivery.seq)]),
            ),
          ),
        )
        .where('claimed_by', '=', claimer)
        .execute();
      await this.db
        .deleteFrom('plugin_events')
        .where('seq', 'in', seqs)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('plugin_event_deliveries')
                .select('event_seq')
                .whereRef('plugin_event_deliveries.event_seq', '=', 'plugin_events.seq'),
            ),
          ),
        )
        .execute();
    }
  }

  /** The plugin failed it: tried again at `nextAttemptAt`, holding back its learner's later events. */
  async markFailed(
    delivery: ClaimedDelivery,
    claimer: string,
    outcome: { readonly error: string; readonly nextAttemptAt: string },
  ): Promise<void> {
    await this.held(delivery, claimer)
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        last_error: outcome.error,
        next_attempt_at: outcome.nextAttemptAt,
        claimed_by: null,
        claimed_until: null,
      }))
      .execute();
  }

  /** Lets go of a delivery without an outcome (a dispatcher stopping). */
  async release(delivery: ClaimedDelivery, claimer: string): Promise<void> {
    await this.held(delivery, claimer).set({ claimed_by: null, claimed_until: null }).execute();
  }

  /** Deliveries not made yet, with their attempts and last error: for tests and the queue's health. */
  async waiting(): Promise<
    { pluginId: string; id: string; type: string; attempts: number; lastError: string | null }[]
  > {
    const rows = await this.db
      .selectFrom('plugin_event_deliveries')
      .innerJoin('plugin_events', 'plugin_events.seq', 'plugin_event_deliveries.event_seq')
      .select([
        'plugin_event_deliveries.plugin_id',
        'plugin_events.id',
        'plugin_events.type',
        'plugin_event_deliveries.attempts',
        'plugin_event_deliveries.last_error',
      ])
      .orderBy('plugin_event_deliveries.event_seq')
      .orderBy('plugin_event_deliveries.plugin_id')
      .execute();
    return rows.map((row) => ({
      pluginId: row.plugin_id,
      id: row.id,
      type: row.type,
      attempts: Number(row.attempts),
      lastError: row.last_error,
    }));
  }

  /** Events written and not yet delivered to every plugin. */
  async countEvents(): Promise<number> {
    const row = await this.db
      .selectFrom('plugin_events')
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  private held(delivery: ClaimedDelivery, claimer: string) {
    return this.db
      .updateTable('plugin_event_deliveries')
      .where('plugin_id', '=', delivery.pluginId)
      .where('event_seq', '=', delivery.seq)
      .where('claimed_by', '=', claimer);
  }
}
