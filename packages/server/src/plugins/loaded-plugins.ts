// What the plugins loaded at start registered, gathered by the host (load-plugins.ts) and read by
// the app (routes), the engine (rules), the hooks of the use cases (filters, events), `migrate`
// (migrations), the server (fact sources, jobs) and the CLI (commands, images plugins use).
import type { CriterionDefinition, GroupRuleDefinition } from '@learning-paths/core';
import type {
  EventHandler,
  EventType,
  FactSource,
  FilterPoint,
  FilterStep,
  PluginCommand,
  PluginManifest,
  PluginMigration,
  PluginRoutes,
  ScheduledJob,
} from '@learning-paths/plugin-api';
import type { SettingsLayers } from './plugin-settings.ts';

export interface LoadedPlugin {
  readonly manifest: PluginManifest;
  /** Its settings in force, parsed by its schema: what `host.settings` reads. */
  readonly settings: unknown;
  /** Where they come from (file, saved in Studio, environment), for Studio's form. */
  readonly layers: SettingsLayers;
  /** Where it was loaded from: the LP_PLUGINS entry. */
  readonly source: string;
  /** Puts settings an administrator saved in force in this process, from the next read of `host.settings`. */
  useSettings(layers: SettingsLayers, settings: unknown): void;
}

/** A loaded plugin whose settings can be replaced while it runs. */
export function loadedPlugin(
  manifest: PluginManifest,
  source: string,
  layers: SettingsLayers,
  settings: unknown,
): LoadedPlugin {
  let current = { layers, settings };
  return {
    manifest,
    source,
    get settings() {
      return current.settings;
    },
    get layers() {
      return current.layers;
    },
    useSettings(layers, settings) {
      current = { layers, settings };
    },
  };
}

export interface RegisteredFilter<Point extends FilterPoint = FilterPoint> {
  readonly pluginId: string;
  readonly step: FilterStep<Point>;
  readonly optional: boolean;
}

export interface RegisteredHandler<Type extends EventType = EventType> {
  readonly pluginId: string;
  readonly handler: EventHandler<Type>;
}

export interface RegisteredCommand {
  readonly pluginId: string;
  /** Its name's words: `['credentials', 'rotate-key']`. */
  readonly words: readonly string[];
  readonly command: PluginCommand;
}

export interface LoadedPlugins {
  /** In LP_PLUGINS order. */
  readonly plugins: readonly LoadedPlugin[];
  readonly criteria: readonly CriterionDefinition[];
  readonly groupRules: readonly GroupRuleDefinition[];
  /** Steps of each point, in LP_PLUGINS order, then registration order. */
  readonly filters: { readonly [Point in FilterPoint]?: readonly RegisteredFilter<Point>[] };
  readonly handlers: { readonly [Type in EventType]?: readonly RegisteredHandler<Type>[] };
  readonly routes: readonly {
    readonly pluginId: string;
    readonly routes: PluginRoutes;
    /** Mounted at the root, not under /api/v1/plugins/{id}/. */
    readonly root: boolean;
  }[];
  readonly migrations: readonly {
    readonly pluginId: string;
    readonly migrations: Readonly<Record<string, PluginMigration>>;
  }[];
  readonly factSources: readonly { readonly pluginId: string; readonly source: FactSource }[];
  readonly jobs: readonly { readonly pluginId: string; readonly job: ScheduledJob }[];
  /** What plugins run once the service has started (host.onStart). */
  readonly starts: readonly { readonly pluginId: string; readonly run: () => void | Promise<void> }[];
  /** What plugins end when the service stops (host.onStop). */
  readonly stops: readonly { readonly pluginId: string; readonly run: () => void | Promise<void> }[];
  /** Commands for the `learning-paths` CLI (host.command), no two of them clashing. */
  readonly commands: readonly RegisteredCommand[];
  /** What lists the uploaded images each plugin uses, which prune keeps (host.images.inUse). */
  readonly imagesInUse: readonly {
    readonly pluginId: string;
    readonly list: () => Promise<readonly string[]>;
  }[];
  /** Browser bundles (host.ui), served as /plugins/{id}/ui.js; none when absent. */
  readonly ui?: readonly UiRegistration[];
}

/** A plugin's browser bundle: an absolute path, checked to be a file when it registered. */
export interface UiRegistration {
  readonly pluginId: string;
  readonly bundle: string;
}

/** Nothing registered yet: fresh arrays, for the host to gather into. */
export function emptyPlugins() {
  return {
    plugins: [],
    criteria: [],
    groupRules: [],
    filters: {},
    handlers: {},
    routes: [],
    migrations: [],
    factSources: [],
    jobs: [],
    starts: [],
    stops: [],
    commands: [],
    imagesInUse: [],
  };
}

/** No plugin loaded. */
export const NO_PLUGINS: LoadedPlugins = Object.freeze(emptyPlugins());
