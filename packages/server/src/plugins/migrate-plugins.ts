// Brings each plugin's own tables to its latest migration, after the core's, with Kysely's Migrator
// recording them apart: plugin_migrations_<id> and its own lock table, so that a plugin's migration
// names never meet the core's or another plugin's. What `migrate` and createServer run.
import { Migrator } from 'kysely';
import type { Store } from '../store/database.ts';
import type { LoadedPlugins } from './loaded-plugins.ts';
import { PluginLoadError } from './plugin-load-error.ts';

/** The table recording a plugin's applied migrations: plugin_migrations_org_example_notify. */
export function pluginMigrationTable(pluginId: string): string {
  return `plugin_migrations_${pluginId.replace(/[^a-z0-9]/g, '_')}`;
}

export async function migratePlugins(store: Store, loaded: LoadedPlugins): Promise<void> {
  for (const { pluginId, migrations } of loaded.migrations) {
    const table = pluginMigrationTable(pluginId);
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
