// Messages the event-bus worker gave up on (undecodable, or failing every delivery), kept with
// their error for an operator: the only SQL about dead letters.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface DeadLetter {
  readonly stream: string;
  /** The Redis entry id. */
  readonly messageId: string;
  readonly type: string | null;
  /** Every field of the entry: text as is, event_data in base64. */
  readonly fields: Readonly<Record<string, string>>;
  readonly error: string;
  readonly deliveries: number;
  readonly failedAt: string;
}

export class DeadLetterRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Keeps a message; one dead-lettered already (a redelivery after a lost ack) is kept once. */
  async add(letter: DeadLetter): Promise<void> {
    await this.db
      .insertInto('dead_letters')
      .values({
        stream: letter.stream,
        message_id: letter.messageId,
        type: letter.type,
        fields: JSON.stringify(letter.fields),
        error: letter.error,
        deliveries: letter.deliveries,
        failed_at: letter.failedAt,
      })
      .onConflict((conflict) => conflict.columns(['stream', 'message_id']).doNothing())
      .execute();
  }

  /** The newest first. */
  async list(limit: number): Promise<DeadLetter[]> {
    const rows = await this.db
      .selectFrom('dead_letters')
      .selectAll()
      .orderBy('failed_at', 'desc')
      .orderBy('message_id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      stream: row.stream,
      messageId: row.message_id,
      type: row.type,
      fields: JSON.parse(row.fields) as Record<string, string>,
      error: row.error,
      deliveries: Number(row.deliveries),
      failedAt: row.failed_at,
    }));
  }
}
