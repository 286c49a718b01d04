// The PluginHost one plugin registers with: each call is recorded into the LoadedPlugins being
// gathered, under the plugin's id. The host is open only while `register` runs; a late call throws
// rather than be silently ignored.
import type { RuleRegistry } from '@learning-paths/core';
import type {
  EventHandler,
  EventType,
  FilterPoint,
  FilterStep,
  PluginDatabase,
  PluginHost,
  PluginLog,
  PluginMigration,
  ScheduledJob,
} from '@learning-paths/plugin-api';
import {
  emptyPlugins,
  type LoadedPlugins,
  type RegisteredFilter,
  type RegisteredHandler,
} from './loaded-plugins.ts';
import { declaredFieldProblem } from '../services/facts/fact-input-schema.ts';
import { commandRegistration } from './plugin-commands.ts';
import { pluginPaths } from './plugin-paths.ts';
import { pluginProgress } from './plugin-progress.ts';
import { pluginUsers } from './plugin-users.ts';
import { uiRegistration } from './ui-registrations.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/** LoadedPlugins while it is being gathered. */
export interface Gathering extends Mutable<Omit<LoadedPlugins, 'filters' | 'handlers'>> {
  filters: { [Point in FilterPoint]?: RegisteredFilter<Point>[] };
  handlers: { [Type in EventType]?: RegisteredHandler<Type>[] };
}

export function gathering(): Gathering {
  return emptyPlugins();
}

/** A log whose lines carry the plugin's id. */
export function pluginLog(log: PluginLog, pluginId: string): PluginLog {
  return {
    info: (details, message) => log.info({ plugin: pluginId, ...details }, message),
    warn: (details, message) => log.warn({ plugin: pluginId, ...details }, message),
    error: (details, message) => log.error({ plugin: pluginId, ...details }, message),
  };
}

export interface HostOptions {
  readonly id: string;
  /** The settings in force now: administrators may replace them while the plugin runs. */
  readonly settings: () => unknown;
  readonly log: PluginLog;
  readonly database: PluginDatabase | undefined;
  /** The rules registered so far (built-in ones and earlier plugins'): a taken name throws here. */
  readonly rules: RuleRegistry;
  readonly into: Gathering;
}

/** The host, and `close` to call once `register` has returned. */
export function pluginHost({ id, settings, log, database, rules, into }: HostOptions): {
  host: PluginHost;
  close: () => void;
} {
  let open = true;
  const whileOpen =
    <Args extends unknown[]>(what: string, record: (...args: Args) => void) =>
    (...args: Args) => {
      if (!open) throw new Error(`${what} is only possible while register() runs`);
      record(...args);
    };
  const migrations: Record<string, PluginMigration> = {};
  const theDatabase = (): PluginDatabase => {
    if (database === undefined) throw new Error('no database was given to the plugins');
    return database;
  };
  const host: PluginHost = {
    id,
    get settings() {
      return settings();
    },
    log,
    rules: {
      criterion: whileOpen('registering a criterion', (definition) => {
        for (const name of Object.keys(definition.facts ?? {})) {
          const problem = declaredFieldProblem(definition.name, name);
          if (problem !== null) throw new Error(problem);
        }
        rules.registerCriterion(definition);
        into.criteria.push(definition);
      }),
      groupRule: whileOpen('registering a group rule', (definition) => {
        rules.registerGroupRule(definition);
        into.groupRules.push(definition);
      }),
    },
    filter: whileOpen(
      'registering a filter',
      <Point extends FilterPoint>(
        point: Point,
        step: FilterStep<Point>,
        options?: { optional?: boolean },
      ) => {
        const steps = (into.filters[point] ??= []) as RegisteredFilter<Point>[];
        steps.push({ pluginId: id, step, optional: options?.optional === true });
      },
    ),
    on: whileOpen(
      'registering an event handler',
      <Type extends EventType>(type: Type, handler: EventHandler<Type>) => {
        const handlers = (into.handlers[type] ??= []) as RegisteredHandler<Type>[];
        handlers.push({ pluginId: id, handler });
      },
    ),
    routes: whileOpen('registering routes', (routes, options) =>
      into.routes.push({ pluginId: id, routes, root: options?.root === true }),
    ),
    migrations: whileOpen('registering migrations', (added) => {
      for (const [name, migration] of Object.entries(added)) {
        if (name in migrations) throw new Error(`a migration named ${name} is registered twice`);
        migrations[name] = migration;
      }
      // One entry per plugin, in which later calls add their migrations.
      if (!into.migrations.some((entry) => entry.pluginId === id))
        into.migrations.push({ pluginId: id, migrations });
    }),
    get database(): PluginDatabase {
      return theDatabase();
    },
    users: pluginUsers(theDatabase),
    paths: pluginPaths(theDatabase),
    progress: pluginProgress(theDatabase),
    factSource: whileOpen('registering a fact source', (source) =>
      into.factSources.push({ pluginId: id, source }),
    ),
    onStart: whileOpen('registering work at start', (run) => into.starts.push({ pluginId: id, run })),
    onStop: whileOpen('registering work at stop', (run) => into.stops.push({ pluginId: id, run })),
    schedule: whileOpen('scheduling a job', (job: ScheduledJob) => {
      if (!(Number.isFinite(job.everyMinutes) && job.everyMinutes > 0))
        throw new Error(`the job ${job.name} must run every so many minutes (everyMinutes > 0)`);
      into.jobs.push({ pluginId: id, job });
    }),
    command: whileOpen('registering a command', commandRegistration(id, into)),
    images: {
      inUse: whileOpen('listing the images it uses', (list) => into.imagesInUse.push({ pluginId: id, list })),
    },
    // The browser bundle (ui-registrations.ts).
    ui: whileOpen('registering a browser bundle', uiRegistration(id, into)),
  };
  return { host, close: () => (open = false) };
}
