// host.ui: a plugin's browser bundle recorded into the LoadedPlugins being gathered. The path is
// checked here, at start, so that a missing or misnamed bundle stops start-up naming the plugin
// (through register's throw) rather than fail later in every learner's browser.
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { UiBundle } from '@learning-paths/plugin-api';
import type { LoadedPlugins, UiRegistration } from './loaded-plugins.ts';

/** What `host.ui` does for the plugin `pluginId`, recording into `into`. */
export function uiRegistration(
  pluginId: string,
  into: { ui?: LoadedPlugins['ui'] },
): (options: UiBundle) => void {
  return (options) => {
    const bundle = options?.bundle;
    if (typeof bundle !== 'string' || !isAbsolute(bundle))
      throw new Error(`its browser bundle must be an absolute path, not ${JSON.stringify(bundle)}`);
    if (!/\.m?js$/.test(bundle)) throw new Error(`its browser bundle ${bundle} is not a .js or .mjs file`);
    if (!statSync(bundle, { throwIfNoEntry: false })?.isFile())
      throw new Error(`its browser bundle ${bundle} is not a file`);
    if (into.ui?.some((entry) => entry.pluginId === pluginId))
      throw new Error('it gave a browser bundle twice (one bundle registers all its slots)');
    const entry: UiRegistration = { pluginId, bundle };
    into.ui = [...(into.ui ?? []), entry];
  };
}
