// CSV in and out. Reading: the first column of each row, with an optional header row. Writing:
// RFC 4180 quoting, and cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
// start) prefixed with an apostrophe, so that an export never executes what a user typed.
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

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
