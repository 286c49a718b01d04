// A plugin's own tables: Kysely migrations, run in order by `learning-paths migrate` on SQLite
// and PostgreSQL, recorded apart from the core's; table names start with `plugin_`.
import type { Kysely, Migration } from 'kysely';

export type PluginMigration = Migration;

/** The service's database, typed loosely: the plugin knows its own tables. */
export type PluginDatabase = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
