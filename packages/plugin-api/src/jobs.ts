// Fact sources and scheduled jobs: outside data turned into course facts, and work on a timer.

/** One course fact, as the facts API takes it. */
export interface PluginFact {
  readonly user: string;
  readonly course: string;
  readonly time: string;
  readonly enrolled?: boolean;
  readonly completion?: number;
  readonly grade?: number;
  readonly passed?: boolean;
  /** An idempotency id: a fact with an id already applied is skipped. */
  readonly id?: string;
  /** Fields that registered criteria declare (`CriterionDefinition.facts`), by name. */
  readonly [criterionFact: string]: unknown;
}

/** What `record` did with the facts, as the facts API answers it. */
export interface RecordedFacts {
  /** Facts that changed something. */
  readonly applied: number;
  /** Facts already applied (their id) or older than what is known. */
  readonly ignored: number;
  /** Facts not recorded, by their index in the list: a learner without an account. */
  readonly rejected: readonly { readonly index: number; readonly message: string }[];
}

/** Applies facts as the facts API does; rejects (nothing recorded) when one is invalid or a filter stops them. */
export type RecordFacts = (facts: readonly PluginFact[]) => Promise<RecordedFacts>;

export interface FactSource {
  /** Names the facts' source in the audit (`xapi`, …). */
  readonly name: string;
  /** Given `record`, which applies facts as the facts API does; called once at start. */
  start(record: RecordFacts): void | Promise<void>;
  stop?(): void | Promise<void>;
}

export interface ScheduledJob {
  readonly name: string;
  readonly everyMinutes: number;
  run(now: string): Promise<void>;
}
