// The plugins a process runs with: loaded as LP_PLUGINS says, with the settings administrators
// saved, on the store's database, and their tables brought to their latest migrations (after the
// core's, which the caller has run). What createServer, `learning-paths migrate` and
// `learning-paths worker` start with.
import type { PluginLog } from '@learning-paths/plugin-api';
import type { PluginsConfig } from '../config/config.ts';
import type { Store } from '../store/database.ts';
import { dataAccess } from '../store/data-access.ts';
import type { LoadedPlugins } from './loaded-plugins.ts';
import { loadPlugins } from './load-plugins.ts';
import { migratePlugins } from './migrate-plugins.ts';

export async function openPlugins(
  config: { readonly plugins: PluginsConfig },
  store: Store,
  log: PluginLog,
): Promise<LoadedPlugins> {
  const saved = await dataAccess(store).pluginSettings.all();
  const loaded = await loadPlugins(
    config,
    log,
    store.db,
    new Map([...saved].map(([id, { values }]) => [id, values])),
  );
  await migratePlugins(store, loaded);
  return loaded;
}
