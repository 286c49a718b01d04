// What the service and the web apps hand users as files: CSV text whose cells a spreadsheet never
// runs as formulas, and file names built from path keys that are safe on every system. One module
// for the server's exports and the browser's reports, so both neutralise the same way.

/** What a CSV cell may hold: null is an empty cell. */
export type CsvValue = string | number | boolean | null;

// A spreadsheet runs a cell starting with one of these as a formula (tab and CR too, as some
// spreadsheets skip them first).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const UNSAFE_IN_FILE_NAME = /[^A-Za-z0-9._-]+/g;

/** One CSV cell: prefixed with ' when a spreadsheet would run it, quoted (RFC 4180) when it must be. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV line, CRLF included, for writers that send a file row by row. */
export function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** A whole CSV file: the header, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map(csvLine).join('');
}

/**
 * A file name for a download about a path: `path-v1_DemoU_DS_2026_spring-learners.csv` for key
 * `path-v1:DemoU+DS+2026+spring`, suffix `learners` and extension `csv`.
 */
export function downloadFileName(pathKey: string, suffix: string, extension: string): string {
  return `${pathKey.replace(UNSAFE_IN_FILE_NAME, '_')}-${suffix}.${extension}`;
}
