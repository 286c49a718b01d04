// The events the plugin listens to, each turned into a notice for its learner: sent at once,
// queued for the daily digest, or nothing (notifications off, the learner opted out or without an
// address). An event already handled is skipped, as delivery is at least once. The invitation goes
// to an address without an account, hence without preferences.
import type { EventType, PluginEvent, PluginPath } from '@learning-paths/plugin-api';
import { invitationEmail, noticeEmail } from './compose-emails.ts';
import { queueNotice } from './digest-queue.ts';
import { recordHandled, wasHandled } from './handled-events.ts';
import { sendEmail } from './mailer.ts';
import type { Notice } from './notices.ts';
import { stepTitle, tierTitle } from './path-titles.ts';
import { readerFor, tablesOf, type NotificationHost } from './plugin-context.ts';
import { readPreferences } from './preferences.ts';
import { languageOf, messagesIn } from './templates/index.ts';

type LearnerEvent = Extract<
  EventType,
  'enrollment.created' | 'step.unlocked' | 'tier.achieved' | 'path.completed'
>;

/** The notice an event makes, from its path. */
type NoticeOf<Type extends LearnerEvent> = (event: PluginEvent<Type>, path: PluginPath) => Notice;

/** The path an event concerns when the event still needs handling; null (logged) when not. */
async function pathToNotify(host: NotificationHost, event: PluginEvent<EventType>, pathKey: string) {
  if (!host.settings.enabled || (await wasHandled(tablesOf(host), event.id))) return null;
  const path = await host.paths.get(pathKey);
  if (!path) host.log.warn({ event: event.id, pathKey }, 'the path is gone: nothing sent');
  return path;
}

async function notifyLearner<Type extends LearnerEvent>(
  host: NotificationHost,
  event: PluginEvent<Type>,
  noticeOf: NoticeOf<Type>,
): Promise<void> {
  const { learner, pathKey } = event.data;
  const path = await pathToNotify(host, event, pathKey);
  if (!path) return;
  const db = tablesOf(host);
  const [user, preferences] = await Promise.all([host.users.get(learner), readPreferences(db, learner)]);
  if (preferences.optedOut) return;
  if (!user?.email) {
    host.log.info({ event: event.id, learner }, 'the learner has no email address: nothing sent');
    return;
  }
  const notice = noticeOf(event, path);
  const at = new Date().toISOString();
  if (preferences.digest) return queueNotice(db, { eventId: event.id, recipient: learner, notice, at });
  const reader = await readerFor(host, user, preferences);
  await sendEmail(host.settings, {
    to: user.email,
    ...noticeEmail(reader, notice),
    unsubscribeUrl: reader.unsubscribeUrl,
  });
  await recordHandled(db, { eventId: event.id, kind: notice.kind, recipient: learner, at });
}

async function invite(host: NotificationHost, event: PluginEvent<'enrollment.invited'>): Promise<void> {
  const { pathKey, email, by } = event.data;
  const path = await pathToNotify(host, event, pathKey);
  if (!path) return;
  const inviter = by === null ? null : await host.users.get(by);
  const { learnUrl, defaultLanguage } = host.settings;
  const messages = messagesIn(languageOf(null, defaultLanguage));
  await sendEmail(host.settings, {
    to: email,
    ...invitationEmail(
      { messages, learnUrl },
      {
        pathKey,
        pathTitle: path.title,
        invitedBy: inviter ? (inviter.displayName ?? inviter.username) : null,
      },
    ),
  });
  await recordHandled(tablesOf(host), {
    eventId: event.id,
    kind: 'invited',
    recipient: email,
    at: new Date().toISOString(),
  });
}

export function registerEventHandlers(host: NotificationHost): void {
  host.on('enrollment.invited', (event) => invite(host, event));
  host.on('enrollment.created', async (event) => {
    // A pending enrollment became the new account's: its invitation was the welcome.
    if (event.data.source === 'pending') return;
    await notifyLearner(host, event, (_event, path) => ({
      kind: 'enrolled',
      pathKey: path.key,
      pathTitle: path.title,
    }));
  });
  host.on('step.unlocked', (event) =>
    notifyLearner(host, event, ({ data }, path) => ({
      kind: 'stepUnlocked',
      pathKey: path.key,
      pathTitle: path.title,
      stepTitle: stepTitle(path, data.step),
    })),
  );
  host.on('tier.achieved', (event) =>
    notifyLearner(host, event, ({ data }, path) => ({
      kind: 'tierAchieved',
      pathKey: path.key,
      pathTitle: path.title,
      tierTitle: tierTitle(path, data.tier),
    })),
  );
  host.on('path.completed', (event) =>
    notifyLearner(host, event, (_event, path) => ({
      kind: 'pathCompleted',
      pathKey: path.key,
      pathTitle: path.title,
    })),
  );
}
