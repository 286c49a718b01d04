// Use case: an administrator saves a plugin's settings from Studio's form. The values go between the
// settings file and the environment (which still wins, and whose settings cannot be sent), over what
// was saved before: a name not sent keeps its saved value, null removes it (back to the file or the
// default), and a secret sent masked keeps its value. Everything is checked by the plugin's own
// schema before anything is saved, then saved and audited (the names changed, never the values), and
// put in force in this process at once; other processes read them when they start.
import type { Problem } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { LoadedPlugin, LoadedPlugins } from '../../plugins/loaded-plugins.ts';
import { parseSettings, settingNames, settingVariable } from '../../plugins/plugin-settings.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import {
  administeredPlugin,
  MASKED,
  pluginSettingsView,
  type PluginSettingsView,
} from './plugin-settings-view.ts';

const at = (name: string, message: string): Problem => ({ pointer: `/values/${name}`, message });

/** What will be saved: what was saved, changed by the values sent, checked against the plugin's names. */
function savedValues(
  plugin: LoadedPlugin,
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const { manifest, layers } = plugin;
  const names = new Set(settingNames(manifest.settings));
  const secrets = new Set(manifest.secrets ?? []);
  const problems: Problem[] = [];
  const saved: Record<string, unknown> = { ...layers.saved };
  for (const [name, value] of Object.entries(values)) {
    if (!names.has(name)) problems.push(at(name, `${manifest.id} has no setting ${name}`));
    else if (name in layers.environment)
      problems.push(at(name, `set by ${settingVariable(manifest.id, name)} in the environment, which wins`));
    else if (value === null) delete saved[name];
    else if (!(secrets.has(name) && value === MASKED)) saved[name] = value;
  }
  if (problems.length > 0) throw new AppError('invalid', problems[0]!.message, problems);
  return saved;
}

/** The names whose value in force differs. */
function changedNames(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (name) => JSON.stringify(a[name]) !== JSON.stringify(b[name]),
  );
}

export async function savePluginSettings(options: {
  readonly data: DataAccess;
  readonly plugins: LoadedPlugins;
  readonly actor: Actor;
  readonly id: string;
  readonly values: Readonly<Record<string, unknown>>;
  readonly now: string;
}): Promise<PluginSettingsView> {
  const { data, actor, id, now } = options;
  const plugin = administeredPlugin(options.plugins, actor, id);
  const layers = { ...plugin.layers, saved: savedValues(plugin, options.values) };
  const parsed = parseSettings(plugin.manifest, layers);
  if (!parsed.ok) {
    const problems = parsed.problems.map(({ path, message }) => at(path.join('/'), message));
    throw new AppError('invalid', `invalid settings: ${problems[0]!.message}`, problems);
  }
  const changed = changedNames(plugin.settings, parsed.settings);
  await data.pluginSettings.save(id, layers.saved, { changed, actor: actor.user.username, at: now });
  plugin.useSettings(layers, parsed.settings);
  return pluginSettingsView(data, plugin);
}
