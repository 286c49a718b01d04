// A plugin's default export checked before anything of it runs: a reverse-DNS id, a semver
// version, the plugin-API versions it supports (this service's among them), a register function,
// and, when present, a settings schema and the names of its secrets.
import { PLUGIN_API_VERSION, type PluginManifest } from '@learning-paths/plugin-api';
import { PluginLoadError } from './plugin-load-error.ts';

/** Lower-case labels separated by dots, at least two: `org.example.manual-approval`. */
export const PLUGIN_ID = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** semver.org's own expression. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** The manifest `value` holds, if it is one; `entry` names the plugin until its id is known. */
export function checkManifest(value: unknown, entry: string): PluginManifest {
  if (typeof value !== 'object' || value === null)
    throw new PluginLoadError(entry, 'its default export is not a plugin (write it with definePlugin)');
  const manifest = value as Partial<Record<keyof PluginManifest, unknown>>;
  const { id } = manifest;
  if (typeof id !== 'string' || !PLUGIN_ID.test(id))
    throw new PluginLoadError(
      entry,
      `its id ${JSON.stringify(id)} is not a reverse-DNS name in lower case (org.example.my-plugin)`,
    );
  if (typeof manifest.version !== 'string' || !SEMVER.test(manifest.version))
    throw new PluginLoadError(id, `its version ${JSON.stringify(manifest.version)} is not semver (1.2.3)`);
  const { apiVersions } = manifest;
  if (!Array.isArray(apiVersions) || !apiVersions.every((version) => Number.isInteger(version)))
    throw new PluginLoadError(id, 'its apiVersions must list the plugin-API versions it supports ([1])');
  if (!apiVersions.includes(PLUGIN_API_VERSION))
    throw new PluginLoadError(
      id,
      `supports plugin API ${apiVersions.join(', ') || 'none'}, this service has ${PLUGIN_API_VERSION}`,
    );
  if (typeof manifest.register !== 'function') throw new PluginLoadError(id, 'it has no register function');
  const { settings, secrets } = manifest;
  // Duck-typed: a plugin may bring its own copy of zod.
  if (settings !== undefined && typeof (settings as { safeParse?: unknown }).safeParse !== 'function')
    throw new PluginLoadError(id, 'its settings are not a zod schema');
  if (secrets !== undefined && !(Array.isArray(secrets) && secrets.every((name) => typeof name === 'string')))
    throw new PluginLoadError(id, 'its secrets must be a list of setting names');
  return value as PluginManifest;
}
