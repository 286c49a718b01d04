// Runs the Open edX catalog sync and reconciliation in this process every so many minutes (0: never).
// The catalog is synced once at start too, so that a new installation has its courses right away.
// Each next run is timed from the end of the last, so a slow LMS never piles runs up; stop() clears
// the timers and waits for a run in progress, which a reconciliation ends at its next batch.
import type { OpenedxLms } from '../../lms/openedx/openedx-lms.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { reconcile } from './reconcile.ts';
import { syncCourses } from './sync-courses.ts';

/** Where runs are reported; pino's logger is one. */
export interface ScheduleLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface ScheduleOptions {
  readonly lms: OpenedxLms;
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly log: ScheduleLog;
}

export interface Schedule {
  stop(): Promise<void>;
}

/** Failures named in the log line of a reconciliation; the CLI lists them all. */
const LOGGED_FAILURES = 5;

export function scheduleOpenedx({ lms, data, compiled, log }: ScheduleOptions): Schedule {
  const stopping = new AbortController();
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const every = (job: string, minutes: number, firstAfterMs: number, work: () => Promise<object>) => {
    const plan = (delayMs: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        const run: Promise<void> = work()
          .then(
            (summary) => log.info({ job, ...summary }, `${job} done`),
            (error: unknown) => log.error({ job, err: error }, `${job} failed`),
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

  const { syncMinutes, reconcileMinutes } = lms.settings;
  every('openedx-sync-courses', syncMinutes, 0, async () => {
    const { skipped, ...counts } = await syncCourses({ data, lms, now: new Date().toISOString() });
    return { ...counts, skipped: skipped.length };
  });
  every('openedx-reconcile', reconcileMinutes, reconcileMinutes * 60_000, async () => {
    const report = await reconcile({ data, compiled, lms, signal: stopping.signal });
    return {
      pairs: report.pairs,
      notEnrolled: report.notEnrolled,
      changed: report.changed,
      failed: report.failures.length,
      failures: report.failures.slice(0, LOGGED_FAILURES),
      pendingPairs: report.pendingPairs,
      allowedCreated: report.allowedCreated,
      pendingFailed: report.pendingFailures.length,
      pendingFailures: report.pendingFailures.slice(0, LOGGED_FAILURES),
    };
  });

  return {
    async stop() {
      stopping.abort();
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(running);
    },
  };
}
