// What an enrollment request answered, summed up and written out: counts per result, the rows that
// need attention, and the per-row report as CSV, in the instructor's language, whose cells a
// spreadsheet never runs as formulas.
import type { IntlShape } from 'react-intl';
import { downloadFileName, toCsv } from '@learning-paths/core';
import { formatWords } from '../../shared/intl/format-words.ts';
import type { EnrollmentResult, EnrollmentResultKind } from './enrollments-api.ts';
import { messages, resultMessages } from './messages.ts';

/** Every result kind the API answers (its OpenAPI types make the messages name each one). */
const RESULT_KINDS = Object.keys(resultMessages) as EnrollmentResultKind[];

export type ResultCounts = Record<EnrollmentResultKind, number>;

export function countResults(results: readonly EnrollmentResult[]): ResultCounts {
  const counts = Object.fromEntries(RESULT_KINDS.map((kind) => [kind, 0])) as ResultCounts;
  for (const { result } of results) counts[result] += 1;
  return counts;
}

/** A row that enrolled no one and waits for no one: the instructor has to look at it. */
export const isProblem = (result: EnrollmentResult): boolean => result.result === 'invalid';

/**
 * The per-row report: learner, result and detail, in the order of the request, worded as the
 * results table shows them (the CLI's --report keeps the API's codes and English for scripts).
 */
export function reportCsv(intl: IntlShape, results: readonly EnrollmentResult[]): string {
  return toCsv(
    [messages.learnerColumn, messages.resultColumn, messages.detailColumn].map((column) =>
      intl.formatMessage(column),
    ),
    results.map((row) => [
      row.learner,
      intl.formatMessage(resultMessages[row.result]),
      formatWords(intl, { text: row.detail, message: row.message }),
    ]),
  );
}

/** A file name for a download about a path: the key with anything unsafe in a name replaced. */
export const csvFileName = (pathKey: string, what: string): string => downloadFileName(pathKey, what, 'csv');
