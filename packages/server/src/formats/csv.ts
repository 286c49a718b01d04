// CSV in: the first column of each row, with an optional header row. (CSV out, formula-safe, is
// @learning-paths/core's toCsv, which the web apps use too.)
import { parse } from 'csv-parse/sync';
import { AppError } from '../errors.ts';

const HEADERS = new Set(['username', 'email', 'learner', 'user', 'username or email', 'login']);

/** The first cell of each row; a first row naming the column (username, email…) is skipped. */
export function firstColumn(text: string): string[] {
  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    const { lines } = error as { lines?: number };
    throw new AppError(
      'malformed',
      `the CSV body is malformed${lines === undefined ? '' : ` at line ${lines}`}: ${(error as Error).message}`,
    );
  }
  if (rows.length > 0 && HEADERS.has((rows[0]![0] ?? '').toLowerCase())) rows = rows.slice(1);
  return rows.map((row) => row[0] ?? '');
}
