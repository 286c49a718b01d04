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
}

export interface FactSource {
  /** Names the facts' source in the audit (`xapi`, …). */
  readonly name: string;
  /** Given `record`, which applies facts as the facts API does; called once at start. */
  start(record: (facts: readonly PluginFact[]) => Promise<void>): void | Promise<void>;
  stop?(): void | Promise<void>;
}

export interface ScheduledJob {
  readonly name: string;
  readonly everyMinutes: number;
  run(now: string): Promise<void>;
}
