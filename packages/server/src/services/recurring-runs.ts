// Work run every so many minutes in this process: each next run is timed from the end of the last,
// so a slow run never piles runs up; a failing run is logged and the next one planned all the same.
// stop() clears the timers and waits for the runs in progress, which `signal` asks to end early.
// The Open edX schedule and the plugins' jobs run on it.

/** Where runs are reported; pino's logger is one. */
export interface RunLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface RecurringWork {
  /** Names the work in the log lines. */
  readonly job: string;
  /** Minutes between the end of a run and the next; 0 for never. */
  readonly minutes: number;
  readonly firstAfterMs: number;
  /** Resolves with what the log line of a finished run tells. */
  readonly work: () => Promise<object>;
  /** Added to every log line of this work (a plugin's id). */
  readonly details?: object;
}

export interface RecurringRuns {
  readonly signal: AbortSignal;
  every(work: RecurringWork): void;
  stop(): Promise<void>;
}

export function recurringRuns(log: RunLog): RecurringRuns {
  const stopping = new AbortController();
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const every = ({ job, minutes, firstAfterMs, work, details = {} }: RecurringWork) => {
    const plan = (delayMs: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        const run: Promise<void> = Promise.resolve()
          .then(work)
          .then(
            (summary) => log.info({ job, ...details, ...summary }, `${job} done`),
            (error: unknown) => log.error({ job, ...details, err: error }, `${job} failed`),
          )
          .finally(() => {
            running.delete(run);
            if (!stopping.signal.aborted) plan(minutes * 60_000);
          });
        running.add(run);
      }, delayMs);
      // Never what keeps the process alive: the server is.
      timer.unref();
      timers.add(timer);
    };
    if (minutes > 0) plan(firstAfterMs);
  };

  return {
    signal: stopping.signal,
    every,
    async stop() {
      stopping.abort();
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(running);
    },
  };
}
