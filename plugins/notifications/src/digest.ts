// The daily digest: once a UTC day, at the first run of the hourly job at or after digestHourUtc
// (runs are timed from the end of the last, so they drift; a missed hour is made up by the next
// run), each learner with queued notices gets one email listing them. Whether a learner's digest is
// due depends only on the run's time and their last digest: digestDue, a pure function.
import { digestEmail } from './compose-emails.ts';
import { clearQueued, queuedNotices, queuedRecipients } from './digest-queue.ts';
import { lastDigestAt } from './handled-events.ts';
import { sendEmail } from './mailer.ts';
import { readerFor, tablesOf, type NotificationHost } from './plugin-context.ts';
import { readPreferences } from './preferences.ts';

/** The start of `now`'s UTC day's digest hour, in milliseconds. */
function digestTime(now: string, digestHourUtc: number): number {
  const day = new Date(now);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), digestHourUtc);
}

/** Whether a digest is due at `now`: today's digest hour has come and none was sent since. */
export function digestDue(now: string, digestHourUtc: number, lastSentAt: string | null): boolean {
  const due = digestTime(now, digestHourUtc);
  return Date.parse(now) >= due && (lastSentAt === null || Date.parse(lastSentAt) < due);
}

/** Sends each learner whose digest is due the one email of everything queued for them. */
export async function sendDueDigests(
  host: NotificationHost,
  now: string,
): Promise<{ sent: number; failed: number }> {
  const counts = { sent: 0, failed: 0 };
  if (!host.settings.enabled) return counts;
  const db = tablesOf(host);
  for (const recipient of await queuedRecipients(db)) {
    if (!digestDue(now, host.settings.digestHourUtc, await lastDigestAt(db, recipient))) continue;
    const queued = await queuedNotices(db, recipient);
    const eventIds = queued.map((item) => item.eventId);
    const [user, preferences] = await Promise.all([
      host.users.get(recipient),
      readPreferences(db, recipient),
    ]);
    // Opted out (or without an address) since they were queued: they are never sent.
    if (preferences.optedOut || !user?.email) {
      await clearQueued(db, { recipient, eventIds });
      continue;
    }
    try {
      const reader = await readerFor(host, user, preferences);
      const email = digestEmail(
        reader,
        queued.map((item) => item.notice),
      );
      await sendEmail(host.settings, { to: user.email, ...email, unsubscribeUrl: reader.unsubscribeUrl });
    } catch (error) {
      // Kept queued: the next run tries again, the other learners' digests go on.
      host.log.warn({ recipient, err: error }, 'a digest could not be sent; it is tried again next run');
      counts.failed += 1;
      continue;
    }
    const day = new Date(now).toISOString().slice(0, 10);
    await clearQueued(db, { recipient, eventIds, digest: { id: `digest:${recipient}:${day}`, at: now } });
    counts.sent += 1;
  }
  return counts;
}
