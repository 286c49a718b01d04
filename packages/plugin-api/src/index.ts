// The public plugin API of Learning Paths, version 1: what a plugin's default export looks like
// and everything it may register. Plugins import only this package (and core for rule helpers);
// the service implements it (packages/server/src/plugins/). docs/plugins.md explains each part.
export { PLUGIN_API_VERSION, definePlugin } from './define-plugin.ts';
export type {
  PluginManifest,
  PluginHost,
  PluginLog,
  PluginUser,
  PluginUsers,
  PluginProgress,
  AchievedTier,
} from './manifest.ts';
export type { FilterPoint, FilterInputs, FilterStep, FilterOptions } from './filters.ts';
export { FilterStop } from './filters.ts';
export type { EventType, EventPayloads, PluginEvent, EventHandler } from './events.ts';
export { routeSchema } from './routes.ts';
export type {
  RouteSchemaParts,
  PluginRoutes,
  PluginRoutesOptions,
  RefusedByCore,
  PluginRouteContext,
  PluginCaller,
  PathAccess,
  PluginPath,
} from './routes.ts';
export type { PluginMigration, PluginDatabase } from './tables.ts';
export type { PluginCommand, PluginCommandOption, PluginCommandInput, PluginCommandIo } from './commands.ts';
export type { FactSource, PluginFact, RecordFacts, RecordedFacts, ScheduledJob } from './jobs.ts';
export type {
  UiBundle,
  BrowserPlugin,
  BrowserPluginApi,
  PluginApiOptions,
  PluginApiError,
  SharedModules,
  SlotComponent,
  SlotOptions,
  SlotMessage,
} from './ui.ts';
