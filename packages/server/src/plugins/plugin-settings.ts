// A plugin's settings: the file LP_PLUGINS_CONFIG names ({ "<plugin id>": { "<setting>": value } })
// with the environment over it (LP_PLUGIN_<ID>_<NAME>), validated by the plugin's own schema. Values
// from the environment are strings: the schema coerces them (z.coerce.number(), …).
import { readFileSync } from 'node:fs';
import type { PluginManifest } from '@learning-paths/plugin-api';
import { PLUGIN_SETTING_PREFIX, type PluginsConfig } from '../config/config.ts';
import { PluginLoadError } from './plugin-load-error.ts';

type SettingsFile = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The settings file's content by plugin id; empty when there is none. */
export function readSettingsFile(file: string | null): SettingsFile {
  if (file === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PluginLoadError(null, `LP_PLUGINS_CONFIG ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(parsed) || !Object.values(parsed as object).every(isObject))
    throw new PluginLoadError(
      null,
      `LP_PLUGINS_CONFIG ${file}: must be a JSON object of settings by plugin id ({ "org.example.plugin": { "setting": value } })`,
    );
  return parsed as SettingsFile;
}

/** The environment variable of a setting: LP_PLUGIN_ORG_EXAMPLE_NOTIFY_SMTP_HOST for smtpHost. */
export function settingVariable(pluginId: string, setting: string): string {
  const name = setting.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
  return `${PLUGIN_SETTING_PREFIX}${pluginId}_${name}`.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** The names an object schema declares; none for another kind of schema (the file alone sets it). */
function settingNames(schema: unknown): string[] {
  const shape = (schema as { shape?: unknown }).shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : [];
}

/** The plugin's settings parsed by its schema; every invalid one named in the PluginLoadError. */
export function pluginSettings(
  manifest: PluginManifest,
  file: SettingsFile,
  environment: PluginsConfig['environment'],
): unknown {
  const schema = manifest.settings;
  if (schema === undefined) return {};
  const fromEnvironment = settingNames(schema).flatMap((name) => {
    const value = environment[settingVariable(manifest.id, name)];
    return value === undefined ? [] : [[name, value] as const];
  });
  const result = schema.safeParse({ ...file[manifest.id], ...Object.fromEntries(fromEnvironment) });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) =>
    issue.path.length === 0
      ? `invalid settings: ${issue.message}`
      : `invalid setting ${issue.path.map(String).join('.')}: ${issue.message}`,
  );
  throw new PluginLoadError(manifest.id, problems.join('; '));
}
