// Events: what happened, delivered to plugins after the transaction that made it commits, at least
// once and in order per learner; `id` lets a handler ignore a repeat.

export interface EventPayloads {
  'enrollment.created': { readonly pathKey: string; readonly learner: string; readonly source: string };
  'enrollment.removed': { readonly pathKey: string; readonly learner: string };
  /** An address without an account was enrolled; `enrollment.created` follows once it has one. */
  'enrollment.invited': { readonly pathKey: string; readonly email: string; readonly by: string | null };
  /** A step's course can now be started: it was locked before the change. */
  'step.unlocked': { readonly pathKey: string; readonly learner: string; readonly step: string };
  'step.completed': { readonly pathKey: string; readonly learner: string; readonly step: string };
  'tier.achieved': { readonly pathKey: string; readonly learner: string; readonly tier: string };
  'path.completed': { readonly pathKey: string; readonly learner: string };
  'path.published': { readonly pathKey: string; readonly version: number; readonly by: string };
}

export type EventType = keyof EventPayloads;

export interface PluginEvent<Type extends EventType = EventType> {
  /** Unique; the same on every delivery of this event. */
  readonly id: string;
  readonly type: Type;
  /** When the change committed (ISO 8601). */
  readonly time: string;
  readonly data: EventPayloads[Type];
}

/** A throw is retried later with backoff; events of that learner wait behind it. */
export type EventHandler<Type extends EventType> = (event: PluginEvent<Type>) => void | Promise<void>;
