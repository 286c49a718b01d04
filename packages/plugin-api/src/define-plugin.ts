// The version of this contract and the identity function that types a plugin's default export.
import type { z } from 'zod';
import type { PluginManifest } from './manifest.ts';

/** Bumped when a change would break plugins written for the previous version. */
export const PLUGIN_API_VERSION = 1;

/** Types a plugin's default export; returns it unchanged. */
export function definePlugin<Settings extends z.ZodType = z.ZodObject<Record<string, never>>>(
  manifest: PluginManifest<Settings>,
): PluginManifest<Settings> {
  return manifest;
}
