// Loads the plugins LP_PLUGINS names, in order: each imported, its manifest checked, its settings
// read and validated, and its `register` called with a host that records what it registers. The
// first failure stops everything with one PluginLoadError naming the plugin and what is wrong.
import { createRegistry } from '@learning-paths/core';
import type { PluginDatabase, PluginLog } from '@learning-paths/plugin-api';
import type { PluginsConfig } from '../config/config.ts';
import { checkManifest } from './check-manifest.ts';
import { importPlugin } from './import-plugin.ts';
import { loadedPlugin, type LoadedPlugins } from './loaded-plugins.ts';
import { gathering, pluginHost, pluginLog } from './plugin-host.ts';
import { PluginLoadError } from './plugin-load-error.ts';
import { pluginSettings, readSettingsFile, settingsLayers } from './plugin-settings.ts';

export { PluginLoadError };

/**
 * @param database the store's Kysely instance, which plugins get as `host.database`; without it,
 *   reading `host.database` throws (tests of loading alone)
 * @param saved the settings administrators saved in Studio, by plugin id (openPlugins reads them)
 */
export async function loadPlugins(
  config: { readonly plugins: PluginsConfig },
  log: PluginLog,
  database?: PluginDatabase,
  saved: ReadonlyMap<string, Readonly<Record<string, unknown>>> = new Map(),
): Promise<LoadedPlugins> {
  const { entries, configFile, environment } = config.plugins;
  const into = gathering();
  if (entries.length === 0) return into;
  const file = readSettingsFile(configFile);
  // Only to refuse a rule name taken by the core or an earlier plugin, naming the plugin that
  // took it again; the server builds its own registry from what is loaded (plugin-registry.ts).
  const rules = createRegistry();
  for (const entry of entries) {
    const manifest = checkManifest(await importPlugin(entry), entry);
    const earlier = into.plugins.find((plugin) => plugin.manifest.id === manifest.id);
    if (earlier) throw new PluginLoadError(manifest.id, `loaded twice, from ${earlier.source} and ${entry}`);
    const layers = settingsLayers(manifest, file, environment, saved.get(manifest.id));
    const plugin = loadedPlugin(manifest, entry, layers, pluginSettings(manifest, layers));
    const { host, close } = pluginHost({
      id: manifest.id,
      settings: () => plugin.settings,
      log: pluginLog(log, manifest.id),
      database,
      rules,
      into,
    });
    try {
      await manifest.register(host);
    } catch (error) {
      throw new PluginLoadError(
        manifest.id,
        `register threw: ${(error as Error)?.message ?? String(error)}`,
        {
          cause: error,
        },
      );
    } finally {
      close();
    }
    into.plugins.push(plugin);
    log.info({ plugin: manifest.id, version: manifest.version, source: entry }, 'plugin loaded');
  }
  const unknown = Object.keys(file).filter((id) => !into.plugins.some((plugin) => plugin.manifest.id === id));
  if (unknown.length > 0)
    log.warn({ plugins: unknown }, 'LP_PLUGINS_CONFIG has settings for plugins that are not loaded');
  return into;
}
