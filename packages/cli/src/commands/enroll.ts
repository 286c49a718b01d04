// `learning-paths enroll --path KEY --csv FILE [--from-row N]`: enrolls the learners of a CSV file
// (usernames or emails in the first column, a header row allowed) as the operator, in batches, with
// a progress bar on stderr and a summary per result kind at the end. Each batch is one transaction,
// so an interruption leaves whole batches applied; a batch the database cannot take (busy with
// another process, not answering) is tried again after growing pauses, and when it never can, the
// command says which rows are done and how to go on.
import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as pause } from 'node:timers/promises';
import {
  createLms,
  dataAccess,
  databaseUnavailable,
  enrollLearners,
  ENROLLMENT_RESULT_KINDS,
  firstColumnLines,
  operatorActor,
  type EnrollmentResult,
  type EnrollmentResultKind,
} from '@learning-paths/server';
import { toCsv } from '@learning-paths/core';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_UNUSABLE } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { readConfig } from '../read-config.ts';
import { withStore } from '../with-store.ts';
import { progressBar } from '../progress-bar.ts';
import { commandPluginContext } from '../plugins.ts';

const BATCH = 2_000;
/** Invalid rows listed after the summary; the report file has them all. */
const SHOWN_INVALID = 20;
/** The pauses before each new try of a batch the database could not take, in SQLite busy timeouts. */
const RETRY_PAUSES = [1, 2, 4];

export interface EnrollOptions {
  readonly path: string;
  readonly csv: string;
  readonly reason?: string;
  readonly report?: string;
  readonly database?: string;
  /** The learner row to start at, 1 being the first: to go on after an interrupted run. */
  readonly fromRow?: string;
}

/** The learner rows of the file, each with its line; a line that is not CSV stops the command. */
function readRows(file: string): { readonly cell: string; readonly line: number }[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return firstColumnLines(text).map((row) => {
    if ('problem' in row) throw new CliError(`${file}: ${row.problem.text}`, EXIT_INVALID);
    return row;
  });
}

function firstRow(option: string | undefined, rows: number): number {
  if (option === undefined) return 1;
  const row = /^\d+$/.test(option) ? Number(option) : Number.NaN;
  if (row >= 1 && row <= rows) return row;
  throw new CliError(`--from-row must be a learner row of the file, from 1 to ${rows}, not ${option}`);
}

const count = (rows: number) => rows.toLocaleString('en');

/**
 * Runs one batch, again after a pause while the database cannot take it. A failed try left nothing
 * behind (a batch is one transaction), and trying again a batch that did commit is harmless: its
 * rows come back already enrolled, or still pending.
 */
async function withRetries<T>(
  batch: () => Promise<T>,
  pauseMs: number,
  onRetry: (error: Error, pauseMs: number) => void,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await batch();
    } catch (error) {
      const wait = RETRY_PAUSES[attempt];
      if (wait === undefined || !databaseUnavailable(error)) throw error;
      onRetry(error as Error, wait * pauseMs);
      await pause(wait * pauseMs);
    }
  }
}

/** Why the run stopped at row `next`, what is done, and how to go on. */
function stoppedText(error: Error, first: number, next: number): string {
  const done =
    next === first
      ? 'no row of this run is done'
      : `rows ${count(first)} to ${count(next - 1)} are done (each batch of ${count(BATCH)} rows wholly or not at all)`;
  return (
    `the database could not take rows ${count(next)} on after ${RETRY_PAUSES.length + 1} tries (${error.message}): ${done}. ` +
    `Run the same command with --from-row ${next} to go on; running it from the first row again is safe too, ` +
    'as learners already enrolled or pending are reported so and left as they are.'
  );
}

export async function enrollCommand(options: EnrollOptions, output: Output): Promise<number> {
  const rows = readRows(options.csv);
  if (rows.length === 0) throw new CliError(`${options.csv} has no rows to enroll`, EXIT_INVALID);
  const first = firstRow(options.fromRow, rows.length);
  const todo = rows.slice(first - 1);
  // The LMS adapter's settings and the busy timeout, from the environment as `start` reads them.
  const config = readConfig();
  const results: EnrollmentResult[] = [];
  const bar = progressBar(todo.length, output);
  await withStore(options.database, async (store) => {
    const data = dataAccess(store);
    const { compiled, hooks } = await commandPluginContext(store);
    // In Open edX mode people enrolled by email are let into the path's courses there too: the
    // calls are queued in the LMS outbox, which `start` and `worker` send.
    const lms = createLms(config, data);
    for (let start = 0; start < todo.length; start += BATCH) {
      const row = first + start;
      const batch = () =>
        enrollLearners({
          data,
          compiled,
          actor: operatorActor(),
          pathKey: options.path,
          learners: todo.slice(start, start + BATCH).map((row) => row.cell),
          // Said by a row repeating an earlier one of its batch: "duplicate of line 12".
          lines: todo.slice(start, start + BATCH).map((row) => row.line),
          reason: options.reason,
          source: 'csv',
          now: new Date().toISOString(),
          lms,
          hooks,
        });
      try {
        results.push(
          ...(await withRetries(batch, config.sqliteBusyTimeoutMs, (error, waitMs) =>
            output.err(
              `the database could not take rows ${count(row)} on (${error.message}); trying again in ${waitMs / 1000} s\n`,
            ),
          )),
        );
      } catch (error) {
        if (!databaseUnavailable(error)) throw error;
        bar.done();
        throw new CliError(stoppedText(error as Error, first, row), EXIT_UNUSABLE, { cause: error });
      }
      bar.update(results.length);
    }
  });
  bar.done();

  const counts = Object.fromEntries(ENROLLMENT_RESULT_KINDS.map((kind) => [kind, 0])) as Record<
    EnrollmentResultKind,
    number
  >;
  for (const result of results) counts[result.result] += 1;
  output.out(
    `${options.path}: ${ENROLLMENT_RESULT_KINDS.map((kind) => `${counts[kind].toLocaleString('en')} ${kind.replace('_', ' ')}`).join(', ')}\n`,
  );
  const invalid = results.flatMap((result, index) =>
    result.result === 'invalid' ? [{ result, index }] : [],
  );
  for (const { result, index } of invalid.slice(0, SHOWN_INVALID))
    output.err(`  row ${first + index}: ${result.detail}\n`);
  if (invalid.length > SHOWN_INVALID)
    output.err(`  … and ${invalid.length - SHOWN_INVALID} more invalid rows\n`);
  if (options.report !== undefined) {
    writeFileSync(
      options.report,
      toCsv(
        ['row', 'learner', 'result', 'detail'],
        results.map((result, index) => [first + index, result.learner, result.result, result.detail]),
      ),
    );
    output.out(`wrote one result per row to ${options.report}\n`);
  }
  return invalid.length > 0 ? EXIT_INVALID : EXIT_OK;
}
