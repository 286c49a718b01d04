// CSV in: the first column of each line, with an optional header line. Each line is read on its
// own, so that a malformed one (an unmatched quote) is reported at its line number while the others
// are read; a quoted cell therefore cannot span lines, which no username or email needs. (CSV out,
// formula-safe, is @learning-paths/core's toCsv, which the web apps use too.)
import { parse } from 'csv-parse/sync';
import { wording, type PlainMessage, type Wording } from '@learning-paths/core';

const HEADERS = new Set(['username', 'email', 'learner', 'user', 'username or email', 'login']);

/** A line of the file, 1 being the first: its first cell, or why it could not be read. */
export type CsvLine =
  | { readonly line: number; readonly cell: string }
  | { readonly line: number; readonly text: string; readonly problem: Wording<PlainMessage> };

/** What is wrong with a line, from csv-parse's error code. */
function lineProblem(line: number, code: string | undefined): Wording<PlainMessage> {
  return code === 'CSV_QUOTE_NOT_CLOSED' || code === 'CSV_INVALID_OPENING_QUOTE'
    ? wording(`line ${line}: unmatched quote`, 'lp.enroll.unmatchedQuote', { line })
    : wording(`line ${line}: not readable as CSV`, 'lp.enroll.unreadableLine', { line });
}

/**
 * The first cell of a line: up to its first comma when it has no quote (most lines, read quickly),
 * else as csv-parse reads it, throwing its error.
 */
function firstCell(raw: string): string {
  if (!raw.includes('"')) return raw.split(',', 1)[0]!.trim();
  const rows: string[][] = parse(raw, { relax_column_count: true, trim: true });
  return rows[0]?.[0] ?? '';
}

/**
 * The first cell of each line that is not blank, with its line number; a first line naming the
 * column (username, email…) is skipped, and a line that is not CSV says why.
 */
export function firstColumnLines(text: string): CsvLine[] {
  const lines: CsvLine[] = [];
  for (const [index, raw] of text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .entries()) {
    if (raw.trim() === '') continue;
    const line = index + 1;
    try {
      lines.push({ line, cell: firstCell(raw) });
    } catch (error) {
      lines.push({ line, text: raw.trim(), problem: lineProblem(line, (error as { code?: string }).code) });
    }
  }
  const [first] = lines;
  return first && 'cell' in first && HEADERS.has(first.cell.toLowerCase()) ? lines.slice(1) : lines;
}
