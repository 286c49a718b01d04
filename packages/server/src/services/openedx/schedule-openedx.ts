// Runs the Open edX catalog sync and reconciliation in this process every so many minutes (0: never).
// The catalog is synced once at start too, so that a new installation has its courses right away.
// Each next run is timed from the end of the last, so a slow LMS never piles runs up; stop() clears
// the timers and waits for a run in progress, which a reconciliation ends at its next batch.
import type { OpenedxLms } from '../../lms/openedx/openedx-lms.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Hooks } from '../plugin-hooks.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { recurringRuns, type RunLog } from '../recurring-runs.ts';
import { reconcile } from './reconcile.ts';
import { syncCourses } from './sync-courses.ts';

/** Where runs are reported; pino's logger is one. */
export type ScheduleLog = RunLog;

export interface ScheduleOptions {
  readonly lms: OpenedxLms;
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  /** The plugins' hooks: reconciliation's changes raise their events. */
  readonly hooks?: Hooks;
  readonly log: ScheduleLog;
}

export interface Schedule {
  stop(): Promise<void>;
}

/** Failures named in the log line of a reconciliation; the CLI lists them all. */
const LOGGED_FAILURES = 5;

export function scheduleOpenedx({ lms, data, compiled, hooks, log }: ScheduleOptions): Schedule {
  const runs = recurringRuns(log);

  const { syncMinutes, reconcileMinutes } = lms.settings;
  runs.every({
    job: 'openedx-sync-courses',
    minutes: syncMinutes,
    firstAfterMs: 0,
    work: async () => {
      const { skipped, ...counts } = await syncCourses({ data, lms, now: new Date().toISOString() });
      return { ...counts, skipped: skipped.length };
    },
  });
  const reconcileRun = async () => {
    const report = await reconcile({ data, compiled, lms, signal: runs.signal, ...(hooks && { hooks }) });
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
  };

  runs.every({
    job: 'openedx-reconcile',
    minutes: reconcileMinutes,
    firstAfterMs: reconcileMinutes * 60_000,
    work: reconcileRun,
  });

  return { stop: () => runs.stop() };
}
