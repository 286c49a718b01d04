// A plugin's settings: the file LP_PLUGINS_CONFIG names ({ "<plugin id>": { "<setting>": value } }),
// what administrators saved in Studio over it, and the environment over both (LP_PLUGIN_<ID>_<NAME>),
// validated by the plugin's own schema. Values from the environment (and Studio's form) are strings:
// the schema coerces them (z.coerce.number(), z.stringbool(), …).
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
export function settingNames(schema: unknown): string[] {
  const shape = (schema as { shape?: unknown } | undefined)?.shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : [];
}

/**
 * Where a plugin's settings come from, lowest first: the settings file, what administrators saved in
 * Studio, then the environment, which wins (and which Studio shows but cannot change).
 */
export interface SettingsLayers {
  readonly file: Readonly<Record<string, unknown>>;
  readonly saved: Readonly<Record<string, unknown>>;
  readonly environment: Readonly<Record<string, string>>;
}

export function settingsLayers(
  manifest: PluginManifest,
  file: SettingsFile,
  environment: PluginsConfig['environment'],
  saved: Readonly<Record<string, unknown>> = {},
): SettingsLayers {
  const fromEnvironment = settingNames(manifest.settings).flatMap((name) => {
    const value = environment[settingVariable(manifest.id, name)];
    return value === undefined ? [] : [[name, value] as const];
  });
  return { file: file[manifest.id] ?? {}, saved, environment: Object.fromEntries(fromEnvironment) };
}

/** The layers parsed by the plugin's schema: the settings, or each problem with the setting's path. */
export function parseSettings(
  manifest: PluginManifest,
  layers: SettingsLayers,
): { ok: true; settings: unknown } | { ok: false; problems: { path: string[]; message: string }[] } {
  const schema = manifest.settings;
  if (schema === undefined) return { ok: true, settings: {} };
  const result = schema.safeParse({ ...layers.file, ...layers.saved, ...layers.environment });
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })),
  };
}

/** The plugin's settings parsed by its schema; every invalid one named in the PluginLoadError. */
export function pluginSettings(manifest: PluginManifest, layers: SettingsLayers): unknown {
  const parsed = parseSettings(manifest, layers);
  if (parsed.ok) return parsed.settings;
  const problems = parsed.problems.map(({ path, message }) =>
    path.length === 0 ? `invalid settings: ${message}` : `invalid setting ${path.join('.')}: ${message}`,
  );
  throw new PluginLoadError(manifest.id, problems.join('; '));
}
