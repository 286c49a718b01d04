// The record of what was already done, which makes delivery idempotent: an event id (or a digest's
// id) is written once it was sent or queued, and a repeat of it is skipped.
import type { NotificationDatabase } from './tables.ts';

export interface Handled {
  readonly eventId: string;
  readonly kind: string;
  readonly recipient: string;
  readonly at: string;
}

export async function wasHandled(db: NotificationDatabase, eventId: string): Promise<boolean> {
  const row = await db
    .selectFrom('plugin_notification_sent')
    .select('event_id')
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function recordHandled(db: NotificationDatabase, handled: Handled): Promise<void> {
  await db
    .insertInto('plugin_notification_sent')
    .values({
      event_id: handled.eventId,
      kind: handled.kind,
      recipient: handled.recipient,
      sent_at: handled.at,
    })
    .onConflict((conflict) => conflict.column('event_id').doNothing())
    .execute();
}

/** When the learner's last digest was sent; null for never. */
export async function lastDigestAt(db: NotificationDatabase, recipient: string): Promise<string | null> {
  const row = await db
    .selectFrom('plugin_notification_sent')
    .select((eb) => eb.fn.max('sent_at').as('last'))
    .where('recipient', '=', recipient)
    .where('kind', '=', 'digest')
    .executeTakeFirst();
  return row?.last ?? null;
}

/** How long a handled event is remembered: far longer than any redelivery waits (minutes). */
const KEPT_DAYS = 30;

/** Forgets what was handled more than KEPT_DAYS before `now`, so the table stays small. */
export async function forgetOldHandled(db: NotificationDatabase, now: string): Promise<void> {
  const before = new Date(Date.parse(now) - KEPT_DAYS * 24 * 3600_000).toISOString();
  await db.deleteFrom('plugin_notification_sent').where('sent_at', '<', before).execute();
}
