// What the handlers, the digest job and the routes share: the host (settings read at each use, as
// an administrator may change them while the service runs), its database as the plugin's tables,
// and how a learner reads: their language, their name, their own unsubscribe link.
import type { PluginHost, PluginUser } from '@learning-paths/plugin-api';
import { unsubscribeUrl } from './links.ts';
import type { Reader } from './compose-emails.ts';
import type { Preferences } from './preferences.ts';
import type { NotificationSettings } from './settings.ts';
import type { NotificationDatabase } from './tables.ts';
import { languageOf, messagesIn, type Language } from './templates/index.ts';
import { signingKey, unsubscribeToken } from './unsubscribe-token.ts';

export type NotificationHost = PluginHost<NotificationSettings>;

export function tablesOf(host: NotificationHost): NotificationDatabase {
  return host.database as NotificationDatabase;
}

/** The learner's language: their choice, else the service's default. */
export function languageFor(host: NotificationHost, preferences: Preferences): Language {
  return languageOf(preferences.language, host.settings.defaultLanguage);
}

export async function readerFor(
  host: NotificationHost,
  user: PluginUser,
  preferences: Preferences,
): Promise<Reader> {
  const { learnUrl } = host.settings;
  const key = await signingKey(tablesOf(host), new Date().toISOString());
  return {
    messages: messagesIn(languageFor(host, preferences)),
    name: user.displayName ?? user.username,
    learnUrl,
    unsubscribeUrl: unsubscribeUrl(learnUrl, host.id, unsubscribeToken(key, user.username)),
  };
}
