// `host.users`: accounts as plugins see them (username, email, display name) and whether one is
// enrolled on a path, read straight from the core's tables so that plugins never reach them.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { PluginDatabase, PluginHost, PluginUser } from '@learning-paths/plugin-api';

type UserRow = { username: string; email: string | null; display_name: string | null };

const asUser = (row: UserRow | undefined): PluginUser | null =>
  row ? { username: row.username, email: row.email, displayName: row.display_name } : null;

export function pluginUsers(plugins: () => PluginDatabase): PluginHost['users'] {
  // The plugins' loosely typed instance, read here with the core's own table types.
  const database = () => plugins() as Kysely<Database>;
  const accounts = () => database().selectFrom('users').select(['username', 'email', 'display_name']);
  return {
    async get(username) {
      return asUser(await accounts().where('username', '=', username).executeTakeFirst());
    },
    async byEmail(email) {
      // Addresses are compared without regard to case, as the core's enrollment by email does.
      const rows = (await accounts()
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
        .limit(2)
        .execute()) as UserRow[];
      return rows.length === 1 ? asUser(rows[0]) : null;
    },
    async isEnrolled(username, pathKey) {
      const row = await database()
        .selectFrom('path_enrollments')
        .innerJoin('users', 'users.id', 'path_enrollments.user_id')
        .select('path_enrollments.is_active')
        .where('users.username', '=', username)
        .where('path_enrollments.path_key', '=', pathKey)
        .executeTakeFirst();
      return Boolean(row?.is_active);
    },
  };
}
