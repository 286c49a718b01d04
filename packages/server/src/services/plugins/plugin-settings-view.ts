// A plugin's settings as administrators see them in Studio: the JSON Schema its form is generated
// from, the values in force (secrets masked), which ones the environment sets (and so the form cannot
// change), and who changed them last.
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { LoadedPlugin, LoadedPlugins } from '../../plugins/loaded-plugins.ts';
import { settingNames, settingVariable } from '../../plugins/plugin-settings.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { requireAdmin } from '../accounts/account-access.ts';
import type { Actor } from '../actor.ts';

/** What a secret shows, whatever its value; sent back unchanged, it keeps the value. */
export const MASKED = '********';

export interface PluginSettingsView {
  readonly id: string;
  readonly version: string;
  /** The settings' JSON Schema (their parsed shape); null when the schema cannot be written as one. */
  readonly schema: Record<string, unknown> | null;
  readonly values: Record<string, unknown>;
  readonly secrets: string[];
  /** Settings with a value saved in Studio (which "reset to default" removes). */
  readonly saved: string[];
  /** Settings the environment sets, with their variable: shown, not changeable here. */
  readonly locked: { name: string; variable: string }[];
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
  /** The latest changes, newest first: the names changed, never values. */
  readonly history: { changed: string[]; actor: string; at: string }[];
}

/** The loaded plugin an administrator asks for: 404 for anyone else, and for an id not loaded. */
export function administeredPlugin(plugins: LoadedPlugins, actor: Actor, id: string): LoadedPlugin {
  requireAdmin(actor, `the plugin ${id}`);
  const plugin = plugins.plugins.find((candidate) => candidate.manifest.id === id);
  if (!plugin) throw new AppError('not_found', `no plugin ${id} is loaded`);
  return plugin;
}

/** The settings in force, the names in `secrets` shown as MASKED. */
export function maskedSettings({ manifest, settings }: LoadedPlugin): Record<string, unknown> {
  if (typeof settings !== 'object' || settings === null) return {};
  const secrets = new Set(manifest.secrets ?? []);
  return Object.fromEntries(
    Object.entries(settings).map(([name, value]) => [name, secrets.has(name) ? MASKED : value]),
  );
}

/** Without the defaults of secrets: a default key or password is a secret too. */
function withoutSecretDefaults(schema: Record<string, unknown>, secrets: readonly string[]) {
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
  if (!properties) return schema;
  for (const name of secrets) if (properties[name]) delete properties[name].default;
  return schema;
}

function jsonSchema(plugin: LoadedPlugin): Record<string, unknown> | null {
  const schema = plugin.manifest.settings;
  if (schema === undefined) return null;
  try {
    // The parsed shape: a coerced number is a number to the form, as the plugin reads it.
    const written = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
    return withoutSecretDefaults(written, plugin.manifest.secrets ?? []);
  } catch {
    return null;
  }
}

export async function pluginSettingsView(
  data: DataAccess,
  plugin: LoadedPlugin,
): Promise<PluginSettingsView> {
  const { manifest } = plugin;
  const saved = await data.pluginSettings.get(manifest.id);
  return {
    id: manifest.id,
    version: manifest.version,
    schema: jsonSchema(plugin),
    values: maskedSettings(plugin),
    secrets: [...(manifest.secrets ?? [])],
    saved: Object.keys(plugin.layers.saved),
    locked: settingNames(manifest.settings)
      .filter((name) => name in plugin.layers.environment)
      .map((name) => ({ name, variable: settingVariable(manifest.id, name) })),
    updatedBy: saved?.updatedBy ?? null,
    updatedAt: saved?.updatedAt ?? null,
    history: await data.pluginSettings.history(manifest.id, 20),
  };
}
