// Use case: a loaded plugin's settings, for an administrator's form in Studio.
import type { LoadedPlugins } from '../../plugins/loaded-plugins.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { administeredPlugin, pluginSettingsView, type PluginSettingsView } from './plugin-settings-view.ts';

export async function getPluginSettings(options: {
  readonly data: DataAccess;
  readonly plugins: LoadedPlugins;
  readonly actor: Actor;
  readonly id: string;
}): Promise<PluginSettingsView> {
  return pluginSettingsView(options.data, administeredPlugin(options.plugins, options.actor, options.id));
}
