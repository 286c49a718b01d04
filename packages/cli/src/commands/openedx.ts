// `learning-paths openedx sync-courses` and `openedx reconcile [--path KEY]`: the Open edX catalog sync
// and reconciliation (grades, completion, and pending addresses let into their courses) on demand
// (after setup, or from cron), with LMS=openedx and the OPENEDX_* variables. Each prints a summary
// and what went wrong; exit 1 when something could not be done.
import {
  dataAccess,
  OpenedxError,
  OpenedxLms,
  reconcile,
  syncCourses,
  type DataAccess,
  type Store,
} from '@learning-paths/server';
import { CliError, EXIT_INVALID, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { readConfig } from '../read-config.ts';
import { withStore } from '../with-store.ts';
import { commandPluginContext } from '../plugins.ts';

/** Lines of drift and of failures printed; the rest are counted. */
const SHOWN = 20;

export interface OpenedxOptions {
  readonly database?: string;
}

export interface ReconcileCommandOptions extends OpenedxOptions {
  readonly path?: string;
}

/** Runs `work` with the Open edX adapter on the database; the LMS's failures exit 1 with their message. */
async function withOpenedx<T>(
  database: string | undefined,
  work: (lms: OpenedxLms, data: DataAccess, store: Store) => Promise<T>,
): Promise<T> {
  const settings = readConfig().openedxLms;
  if (settings === null)
    throw new CliError(
      'set LMS=openedx, with OPENEDX_LMS_URL, OPENEDX_CLIENT_ID and OPENEDX_CLIENT_SECRET, to talk to Open edX',
    );
  return withStore(database, async (store) => {
    const data = dataAccess(store);
    try {
      return await work(new OpenedxLms(settings, data), data, store);
    } catch (error) {
      if (error instanceof OpenedxError) throw new CliError(error.message, EXIT_INVALID, { cause: error });
      throw error;
    }
  });
}

/** Prints the first lines and counts the others. */
function printSome(lines: readonly string[], write: (text: string) => void): void {
  for (const line of lines.slice(0, SHOWN)) write(`  ${line}\n`);
  if (lines.length > SHOWN) write(`  … and ${lines.length - SHOWN} more\n`);
}

const shown = (value: number | boolean | null) =>
  value === null
    ? 'none'
    : typeof value === 'number'
      ? String(Math.round(value * 10_000) / 10_000)
      : String(value);

export async function openedxSyncCommand(options: OpenedxOptions, output: Output): Promise<number> {
  const result = await withOpenedx(options.database, (lms, data) =>
    syncCourses({ data, lms, now: new Date().toISOString() }),
  );
  output.out(
    `Synced the Open edX catalog: ${result.created} created, ${result.updated} updated, ` +
      `${result.unchanged} unchanged, ${result.skipped.length} skipped\n`,
  );
  printSome(
    result.skipped.map(({ key, reason }) => `skipped ${key}: ${reason}`),
    output.err,
  );
  return result.skipped.length > 0 ? EXIT_INVALID : EXIT_OK;
}

export async function openedxReconcileCommand(
  options: ReconcileCommandOptions,
  output: Output,
): Promise<number> {
  const report = await withOpenedx(options.database, async (lms, data, store) =>
    reconcile({ data, ...(await commandPluginContext(store)), lms, pathKey: options.path }),
  );
  output.out(
    `Reconciled ${report.pairs} (learner, course) pairs with Open edX: ${report.changed} values changed ` +
      `for ${report.drift.length} pairs, ${report.notEnrolled} not enrolled there, ${report.failures.length} failed\n`,
  );
  // Said only when someone waits for an account: most runs have no one.
  if (report.pendingPairs > 0)
    output.out(
      `Let ${report.pendingPairs} pending (email, course) pairs into Open edX (enrollment_allowed): ` +
        `${report.allowedCreated} were missing, ${report.pendingFailures.length} failed\n`,
    );
  printSome(
    report.drift.map(
      ({ learner, course, changes }) =>
        `${learner} ${course}: ${changes.map(({ field, before, after }) => `${field} ${shown(before)} → ${shown(after)}`).join(', ')}`,
    ),
    output.out,
  );
  const failures = [...report.failures, ...report.pendingFailures];
  printSome(
    failures.map(({ message }) => message),
    output.err,
  );
  return failures.length > 0 ? EXIT_INVALID : EXIT_OK;
}
