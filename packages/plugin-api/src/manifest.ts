// A plugin's default export (its manifest) and the host it registers with at start.
import type { CriterionDefinition, GroupRuleDefinition } from '@learning-paths/core';
import type { z } from 'zod';
import type { PluginCommand } from './commands.ts';
import type { EventHandler, EventType } from './events.ts';
import type { FilterOptions, FilterPoint, FilterStep } from './filters.ts';
import type { FactSource, ScheduledJob } from './jobs.ts';
import type { PluginPath, PluginRoutes, PluginRoutesOptions } from './routes.ts';
import type { PluginDatabase, PluginMigration } from './tables.ts';
import type { UiBundle } from './ui.ts';

export interface PluginManifest<Settings extends z.ZodType = z.ZodType> {
  /** Stable and unique, reverse-DNS: `org.example.manual-approval`. Routes live under its id. */
  readonly id: string;
  /** The plugin's own version (semver), shown by GET /api/v1/plugins. */
  readonly version: string;
  /** The plugin-API versions it works with; start-up stops when the service's is not among them. */
  readonly apiVersions: readonly number[];
  /**
   * Its settings, validated at start from the environment (`LP_PLUGIN_<ID>_<NAME>`) or the file
   * LP_PLUGINS_CONFIG names; invalid settings stop start-up naming the plugin and the setting.
   */
  readonly settings?: Settings;
  /** Names of settings never shown, not even to administrators (passwords, keys). */
  readonly secrets?: readonly string[];
  /** Called once at start; a throw stops start-up with the plugin's id and the error. */
  register(host: PluginHost<z.infer<Settings>>): void | Promise<void>;
}

/** An account as plugins see it. */
export interface PluginUser {
  readonly username: string;
  readonly email: string | null;
  readonly displayName: string | null;
}

export interface PluginUsers {
  /** The account with this username (as stored), null for none. */
  get(username: string): Promise<PluginUser | null>;
  /** The one account with this email, compared without regard to case; null for none (or several). */
  byEmail(email: string): Promise<PluginUser | null>;
  /** Whether the account is enrolled on the path now. */
  isEnrolled(username: string, pathKey: string): Promise<boolean>;
}

/** A tier a learner has achieved; achieved tiers are kept for good. */
export interface AchievedTier {
  readonly pathKey: string;
  readonly learner: string;
  readonly tier: string;
  /** When their progress on the path was last stored: the tier was achieved then or before. */
  readonly since: string;
}

export interface PluginProgress {
  /**
   * Every tier learners have achieved, a page of at most `limit` learner-paths (1 to 1,000) at a
   * time, in a stable order: for work that must also cover what happened before the plugin was
   * loaded (a backfill). `after` is the previous page's `next`; `next` is null on the last page.
   */
  achievedTiers(page: {
    readonly after?: string | null;
    readonly limit: number;
  }): Promise<{ items: AchievedTier[]; next: string | null }>;
}

export interface PluginLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** What a plugin may register, and what it gets from the service. */
export interface PluginHost<Settings = unknown> {
  readonly id: string;
  readonly settings: Settings;
  readonly log: PluginLog;
  /** Criteria and group rules for the engine (server-side; the browser gets them from `ui`). */
  readonly rules: {
    criterion(definition: CriterionDefinition): void;
    groupRule(definition: GroupRuleDefinition): void;
  };
  /** Runs `step` at a named point of a use case: it may change the input or stop the action. */
  filter<Point extends FilterPoint>(point: Point, step: FilterStep<Point>, options?: FilterOptions): void;
  /** Called after commit for each event of `type`, at least once, in order per learner. */
  on<Type extends EventType>(type: Type, handler: EventHandler<Type>): void;
  /** HTTP routes, mounted under `/api/v1/plugins/{id}/` (or at the root) with the core's caller resolution. */
  routes(routes: PluginRoutes, options?: PluginRoutesOptions): void;
  /** Migrations of the plugin's own tables (named `plugin_…`), run by `learning-paths migrate`. */
  migrations(migrations: Readonly<Record<string, PluginMigration>>): void;
  /** The database, for the plugin's own tables only. */
  readonly database: PluginDatabase;
  /** Accounts, and who is enrolled where: whom to write to, what to call them. */
  readonly users: PluginUsers;
  /** A path by its key, with its published definition; null for none. No access check: use
   * `context.path` in routes, which answers for the caller. */
  readonly paths: { get(key: string): Promise<PluginPath | null> };
  /** Learners' progress as stored, for work over all of it. */
  readonly progress: PluginProgress;
  /** Turns outside data into course facts, through the same path as the facts API. */
  factSource(source: FactSource): void;
  /**
   * Called once the service has started (`start`), not awaited: start-up does not wait for it, and
   * a throw or rejection is logged with the plugin's id. For work at start: a backfill, a first key.
   */
  onStart(run: () => void | Promise<void>): void;
  /** Called, and awaited, when the service stops, before the database closes: end work in hand. */
  onStop(run: () => void | Promise<void>): void;
  /** A job run every `everyMinutes` by the process that runs the schedule. */
  schedule(job: ScheduledJob): void;
  /**
   * Uploaded images (`POST /api/v1/images`) the plugin's own data names, which `learning-paths
   * images prune` must keep although no path names them. `list` gives their addresses
   * (`/api/v1/images/{id}`, relative or absolute, or any text naming them); it runs in the CLI
   * process while prune runs, and a throw stops prune before it deletes anything.
   */
  readonly images: { inUse(list: () => Promise<readonly string[]>): void };
  /** A command of the `learning-paths` CLI (`learning-paths credentials rotate-key`), run in the CLI process. */
  command(definition: PluginCommand): void;
  /**
   * The plugin's browser bundle (an ES module; ui.ts says what it exports), which Learn and Studio
   * import at run time: its slot components and its rules for the browser's engine.
   */
  ui(options: UiBundle): void;
}
