// A learner's notification preferences: read (defaults when never saved) and saved.
import { isLanguage, type Language } from './templates/index.ts';
import type { NotificationDatabase } from './tables.ts';

export interface Preferences {
  readonly optedOut: boolean;
  readonly digest: boolean;
  /** Null until the learner chooses: the service's default language applies. */
  readonly language: Language | null;
}

export const DEFAULT_PREFERENCES: Preferences = { optedOut: false, digest: false, language: null };

export async function readPreferences(db: NotificationDatabase, username: string): Promise<Preferences> {
  const row = await db
    .selectFrom('plugin_notification_preferences')
    .select(['opted_out', 'digest', 'language'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!row) return DEFAULT_PREFERENCES;
  return {
    optedOut: Boolean(row.opted_out),
    digest: Boolean(row.digest),
    language: isLanguage(row.language) ? row.language : null,
  };
}

export async function savePreferences(
  db: NotificationDatabase,
  username: string,
  changes: Partial<Preferences>,
  now: string,
): Promise<Preferences> {
  const saved = { ...(await readPreferences(db, username)), ...changes };
  const columns = {
    opted_out: saved.optedOut,
    digest: saved.digest,
    language: saved.language,
    updated_at: now,
  };
  await db
    .insertInto('plugin_notification_preferences')
    .values({ username, ...columns })
    .onConflict((conflict) => conflict.column('username').doUpdateSet(columns))
    .execute();
  return saved;
}
