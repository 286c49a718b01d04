// The hooks of the use cases into the plugins loaded. Filters run at named points before an
// action: each step gets the previous one's output and may change it, or stop the action with a
// reason the caller sees (403). Events are written to the outbox in the transaction of the change
// they report, only for types some plugin listens to, for the dispatcher to deliver after commit
// (plugins/event-dispatcher.ts). NO_HOOKS, and hooks of plugins that register nothing, cost nothing.
import { randomUUID } from 'node:crypto';
import {
  FilterStop,
  type EventPayloads,
  type EventType,
  type FilterInputs,
  type FilterPoint,
} from '@learning-paths/plugin-api';
import { AppError } from '../errors.ts';
import type { LoadedPlugins, RegisteredFilter } from '../plugins/loaded-plugins.ts';
import type { DataAccess } from '../store/data-access.ts';

/** An event as a use case reports it; its id and time are given when it is written. */
export type NewPluginEvent = {
  readonly [Type in EventType]: {
    readonly type: Type;
    /** The username whose events each plugin gets in order; null for none (a path published). */
    readonly learner: string | null;
    readonly data: EventPayloads[Type];
  };
}[EventType];

export interface Hooks {
  /** The input as the point's filters leave it; throws AppError when one stops the action or fails. */
  filter<P extends FilterPoint>(point: P, input: FilterInputs[P]): Promise<FilterInputs[P]>;
  /** Writes the events some plugin listens to, in the caller's transaction; the others are dropped. */
  emit(data: DataAccess, events: readonly NewPluginEvent[]): Promise<void>;
  /** Whether some plugin listens to `type`: callers skip the work of finding such events otherwise. */
  listens(type: EventType): boolean;
  /** Whether some plugin filters `point`: callers skip the checks made ahead of the filters otherwise. */
  filtering(point: FilterPoint): boolean;
  /** Calls `listener` after each commit that wrote events (the dispatcher delivers them at once). */
  onEventsCommitted(listener: () => void): void;
}

/** Where failing optional filters are reported; pino's logger is one. */
export interface HooksLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** No plugin: filters return their input, and no event is written. */
export const NO_HOOKS: Hooks = {
  filter: (_point, input) => Promise.resolve(input),
  emit: () => Promise.resolve(),
  listens: () => false,
  filtering: () => false,
  onEventsCommitted: () => undefined,
};

/** FilterStop, also when thrown by another copy of the plugin-API package than ours. */
function isFilterStop(error: unknown): error is FilterStop {
  return error instanceof FilterStop || (error instanceof Error && error.name === 'FilterStop');
}

function reasonOf(stop: FilterStop): string {
  return typeof stop.reason === 'string' && stop.reason !== '' ? stop.reason : stop.message;
}

/** What a step returned, if it is the input's shape: an object with the same keys, each of the same kind. */
function sameShape(input: object, output: unknown): boolean {
  if (typeof output !== 'object' || output === null || Array.isArray(output)) return false;
  const kind = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);
  const keys = Object.keys(input);
  const given = output as Record<string, unknown>;
  return (
    Object.keys(output).length === keys.length &&
    keys.every((key) => key in given && kind(given[key]) === kind((input as Record<string, unknown>)[key]))
  );
}

class NotTheInputShape extends Error {}

export function createHooks(loaded: LoadedPlugins, log: HooksLog): Hooks {
  // The plugins listening to each type, each once, in LP_PLUGINS order.
  const listeners = new Map<EventType, string[]>();
  for (const [type, handlers] of Object.entries(loaded.handlers) as [
    EventType,
    readonly { pluginId: string }[],
  ][])
    if (handlers.length > 0) listeners.set(type, [...new Set(handlers.map((handler) => handler.pluginId))]);

  async function runStep<P extends FilterPoint>(
    point: P,
    filter: RegisteredFilter<P>,
    input: FilterInputs[P],
  ): Promise<FilterInputs[P]> {
    const plugin = filter.pluginId;
    try {
      const output = await filter.step(input);
      if (!sameShape(input, output))
        throw new NotTheInputShape(`its ${point} filter returned something else than its input's shape`);
      return output;
    } catch (error) {
      if (isFilterStop(error))
        throw new AppError('forbidden', `${reasonOf(error)} (refused by plugin ${plugin})`);
      const message = error instanceof Error ? error.message : String(error);
      if (filter.optional) {
        log.warn({ plugin, point, err: error }, 'an optional plugin filter failed; skipped');
        return input;
      }
      log.error({ plugin, point, err: error }, 'a plugin filter failed; the action is stopped');
      throw new AppError('plugin_failed', `the plugin ${plugin} failed at ${point}: ${message}`);
    }
  }

  const committedListeners: (() => void)[] = [];
  const eventsCommitted = () => {
    for (const listener of committedListeners) listener();
  };

  return {
    async filter(point, input) {
      const filters = loaded.filters[point] ?? [];
      let current = input;
      for (const filter of filters) current = await runStep(point, filter, current);
      return current;
    },
    async emit(data, events) {
      const rows = events.flatMap((event) => {
        const plugins = listeners.get(event.type);
        return plugins ? [{ ...event, id: randomUUID(), createdAt: new Date().toISOString(), plugins }] : [];
      });
      if (rows.length === 0) return;
      await data.pluginEvents.add(rows);
      data.afterCommit(eventsCommitted);
    },
    listens: (type) => listeners.has(type),
    filtering: (point) => (loaded.filters[point]?.length ?? 0) > 0,
    onEventsCommitted: (listener) => void committedListeners.push(listener),
  };
}
