// The plugins a server command runs with (LP_PLUGINS): loaded on the command's database and their
// tables migrated. A plugin that cannot load is one line naming it and exit code 2, like any
// unusable input. What plugins log goes to stderr, warnings and errors only, so that a command's
// own output stays what it prints.
import {
  CompiledPaths,
  createHooks,
  openPlugins,
  pluginRegistry,
  PluginLoadError,
  type Hooks,
  type LoadedPlugins,
  type Store,
} from '@learning-paths/server';
import { CliError } from './cli-error.ts';
import { readConfig } from './read-config.ts';

/** Waits for something that loads plugins (createServer); a plugin that cannot load is a CLI error. */
export async function pluginsLoaded<T>(loading: Promise<T>): Promise<T> {
  try {
    return await loading;
  } catch (error) {
    if (error instanceof PluginLoadError) throw new CliError(error.message, undefined, { cause: error });
    throw error;
  }
}

function line(level: string, details: object, message: string): void {
  process.stderr.write(`learning-paths: ${level}: ${message} ${JSON.stringify(details)}\n`);
}

const stderrLog = {
  info: () => undefined,
  warn: (details: object, message: string) => line('warning', details, message),
  error: (details: object, message: string) => line('error', details, message),
};

export function commandPlugins(
  config: Parameters<typeof openPlugins>[0],
  store: Store,
): Promise<LoadedPlugins> {
  return pluginsLoaded(openPlugins(config, store, stderrLog));
}

/**
 * What a one-shot command (path import, enroll, openedx reconcile) runs its use cases with: the
 * engine's rules and the hooks of the plugins LP_PLUGINS names, so that a path using a plugin's
 * criterion imports, and the plugins' filters and events see what the command does (its events
 * are delivered by the `start` or `worker` processes).
 */
export async function commandPluginContext(store: Store): Promise<{ compiled: CompiledPaths; hooks: Hooks }> {
  const plugins = await commandPlugins(readConfig(), store);
  return { compiled: new CompiledPaths(pluginRegistry(plugins)), hooks: createHooks(plugins, stderrLog) };
}
