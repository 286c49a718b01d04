// `learning-paths enroll --path KEY --csv FILE`: enrolls the learners of a CSV file (usernames or
// emails in the first column, a header row allowed) as the operator, in batches, with a progress
// bar on stderr and a summary per result kind at the end. Each batch is one transaction, so an
// interruption leaves whole batches applied, and the summary says exactly what happened.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  CompiledPaths,
  ConfigError,
  createLms,
  dataAccess,
  enrollLearners,
  loadConfig,
  type Config,
  firstColumn,
  operatorActor,
  toCsv,
  type EnrollmentResult,
} from '@learning-paths/server';
import { CliError, EXIT_INVALID, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { withStore } from '../with-store.ts';
import { progressBar } from '../progress-bar.ts';

const BATCH = 2_000;
const KINDS = ['enrolled', 'already_enrolled', 'pending', 'invalid'] as const;
/** Invalid rows listed after the summary; the report file has them all. */
const SHOWN_INVALID = 20;

export interface EnrollOptions {
  readonly path: string;
  readonly csv: string;
  readonly reason?: string;
  readonly report?: string;
  readonly database?: string;
}

function readRows(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return firstColumn(text);
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`, EXIT_INVALID);
  }
}

/** The configuration the LMS adapter needs, from the environment as `start` reads it. */
function lmsConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}

export async function enrollCommand(options: EnrollOptions, output: Output): Promise<number> {
  const rows = readRows(options.csv);
  if (rows.length === 0) throw new CliError(`${options.csv} has no rows to enroll`, EXIT_INVALID);
  const results: EnrollmentResult[] = [];
  const bar = progressBar(rows.length, output);
  await withStore(options.database, async (store) => {
    const data = dataAccess(store);
    const compiled = new CompiledPaths();
    // In Open edX mode people enrolled by email are let into the path's courses there too; what
    // the LMS fails is in their rows and on stderr, and reconciliation tries again.
    const lms = {
      adapter: createLms(lmsConfig(), data),
      log: { warn: (_details: object, message: string) => output.err(`${message}\n`) },
    };
    for (let start = 0; start < rows.length; start += BATCH) {
      results.push(
        ...(await enrollLearners({
          data,
          compiled,
          actor: operatorActor(),
          pathKey: options.path,
          learners: rows.slice(start, start + BATCH),
          reason: options.reason,
          source: 'csv',
          now: new Date().toISOString(),
          lms,
        })),
      );
      bar.update(results.length);
    }
  });
  bar.done();

  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<(typeof KINDS)[number], number>;
  for (const result of results) counts[result.result] += 1;
  output.out(
    `${options.path}: ${KINDS.map((kind) => `${counts[kind].toLocaleString('en')} ${kind.replace('_', ' ')}`).join(', ')}\n`,
  );
  const invalid = results.flatMap((result, index) =>
    result.result === 'invalid' ? [{ result, index }] : [],
  );
  for (const { result, index } of invalid.slice(0, SHOWN_INVALID))
    output.err(`  row ${index + 1}: ${result.detail}\n`);
  if (invalid.length > SHOWN_INVALID)
    output.err(`  … and ${invalid.length - SHOWN_INVALID} more invalid rows\n`);
  if (options.report !== undefined) {
    writeFileSync(
      options.report,
      toCsv(
        ['row', 'learner', 'result', 'detail'],
        results.map((result, index) => [index + 1, result.learner, result.result, result.detail]),
      ),
    );
    output.out(`wrote one result per row to ${options.report}\n`);
  }
  return invalid.length > 0 ? EXIT_INVALID : EXIT_OK;
}
