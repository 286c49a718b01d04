// The notices waiting for digest learners: queued as their events arrive (the event marked handled
// in the same transaction), taken by the daily digest, removed once it was sent.
import { recordHandled } from './handled-events.ts';
import type { Notice } from './notices.ts';
import type { NotificationDatabase } from './tables.ts';

export interface Queued {
  readonly eventId: string;
  readonly notice: Notice;
}

export async function queueNotice(
  db: NotificationDatabase,
  { eventId, recipient, notice, at }: Queued & { recipient: string; at: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('plugin_notification_digest')
      .values({
        event_id: eventId,
        recipient,
        kind: notice.kind,
        data: JSON.stringify(notice),
        queued_at: at,
      })
      .onConflict((conflict) => conflict.column('event_id').doNothing())
      .execute();
    await recordHandled(trx, { eventId, kind: notice.kind, recipient, at });
  });
}

/** The learners with notices waiting. */
export async function queuedRecipients(db: NotificationDatabase): Promise<string[]> {
  const rows = await db.selectFrom('plugin_notification_digest').select('recipient').distinct().execute();
  return rows.map((row) => row.recipient);
}

/** A learner's waiting notices, oldest first. */
export async function queuedNotices(db: NotificationDatabase, recipient: string): Promise<Queued[]> {
  const rows = await db
    .selectFrom('plugin_notification_digest')
    .select(['event_id', 'data'])
    .where('recipient', '=', recipient)
    .orderBy('queued_at')
    .orderBy('event_id')
    .execute();
  return rows.map((row) => ({ eventId: row.event_id, notice: JSON.parse(row.data) as Notice }));
}

/** Removes the notices a digest carried (or that will never be sent), and records the digest if one went. */
export async function clearQueued(
  db: NotificationDatabase,
  {
    recipient,
    eventIds,
    digest,
  }: { recipient: string; eventIds: readonly string[]; digest?: { id: string; at: string } },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (eventIds.length > 0)
      await trx
        .deleteFrom('plugin_notification_digest')
        .where('recipient', '=', recipient)
        .where('event_id', 'in', eventIds)
        .execute();
    if (digest) await recordHandled(trx, { eventId: digest.id, kind: 'digest', recipient, at: digest.at });
  });
}
