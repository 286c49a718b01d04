// What an enrollment request answered, summed up and written out: counts per result, the rows that
// need attention, and the per-row report as CSV, in the instructor's language, whose cells a
// spreadsheet never runs as formulas.
import type { IntlShape } from 'react-intl';
import { formatWords } from '../../shared/intl/format-words.ts';
import type { EnrollmentResult, EnrollmentResultKind } from './enrollments-api.ts';
import { messages, resultMessages } from './messages.ts';

const RESULT_KINDS: readonly EnrollmentResultKind[] = ['enrolled', 'already_enrolled', 'pending', 'invalid'];

export type ResultCounts = Record<EnrollmentResultKind, number>;

export function countResults(results: readonly EnrollmentResult[]): ResultCounts {
  const counts = Object.fromEntries(RESULT_KINDS.map((kind) => [kind, 0])) as ResultCounts;
  for (const { result } of results) counts[result] += 1;
  return counts;
}

/** A row that enrolled no one and waits for no one: the instructor has to look at it. */
export const isProblem = (result: EnrollmentResult): boolean => result.result === 'invalid';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: prefixed with ' when a spreadsheet would run it, quoted when it must be. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The per-row report: learner, result and detail, in the order of the request, worded as the
 * results table shows them (the CLI's --report keeps the API's codes and English for scripts).
 */
export function reportCsv(intl: IntlShape, results: readonly EnrollmentResult[]): string {
  const rows = [
    [messages.learnerColumn, messages.resultColumn, messages.detailColumn].map((column) =>
      intl.formatMessage(column),
    ),
    ...results.map((row) => [
      row.learner,
      intl.formatMessage(resultMessages[row.result]),
      formatWords(intl, { text: row.detail, message: row.message }),
    ]),
  ];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name for a download about a path: the key with anything unsafe in a name replaced. */
export const csvFileName = (pathKey: string, what: string): string =>
  `${pathKey.replace(/[^A-Za-z0-9._-]+/g, '_')}-${what}.csv`;
