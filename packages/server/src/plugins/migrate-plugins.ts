// Brings each plugin's own tables to its latest migration, after the core's, with Kysely's Migrator
// recording them apart: plugin_migrations_<id> and its own lock table, so that a plugin's migration
// names never meet the core's or another plugin's. What `migrate` and createServer run.
import { createHash } from 'node:crypto';
import { Migrator } from 'kysely';
import type { Store } from '../store/database.ts';
import type { LoadedPlugins } from './loaded-plugins.ts';
import { PluginLoadError } from './plugin-load-error.ts';

/** PostgreSQL cuts names at 63 bytes, silently: the lock table adds `_lock` to this one's. */
const LONGEST = 63 - '_lock'.length;

/**
 * The table recording a plugin's applied migrations: plugin_migrations_org_example_notify. An id
 * too long for that keeps its start and gets a hash of the whole, so that two long ids differ.
 */
export function pluginMigrationTable(pluginId: string): string {
  const table = `plugin_migrations_${pluginId.replace(/[^a-z0-9]/g, '_')}`;
  if (table.length <= LONGEST) return table;
  const hash = createHash('sha256').update(pluginId).digest('hex').slice(0, 8);
  return `${table.slice(0, LONGEST - hash.length - 1)}_${hash}`;
}

export async function migratePlugins(store: Store, loaded: LoadedPlugins): Promise<void> {
  const tables = new Map<string, string>();
  for (const { pluginId, migrations } of loaded.migrations) {
    const table = pluginMigrationTable(pluginId);
    // org.example.a-b and org.example.a.b would share one: refused rather than mixed.
    const other = tables.get(table);
    if (other !== undefined)
      throw new PluginLoadError(pluginId, `its migrations would be recorded in ${table}, as ${other}'s are`);
    tables.set(table, pluginId);
    const migrator = new Migrator({
      db: store.db,
      provider: { getMigrations: () => Promise.resolve(migrations) },
      migrationTableName: table,
      migrationLockTableName: `${table}_lock`,
    });
    const { error, results = [] } = await migrator.migrateToLatest();
    if (error === undefined) continue;
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new PluginLoadError(
      pluginId,
      failed === undefined ? `its migrations failed: ${reason}` : `its migration ${failed} failed: ${reason}`,
      { cause: error },
    );
  }
}
