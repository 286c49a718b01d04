// Bulk inserts and upserts in one call, whatever the number of rows. Building a multi-row VALUES list through
// Kysely costs more than the database spends running it, and long lists must be cut in chunks
// under the bound-parameter limits; each dialect gets the rows its cheapest way instead.
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { ParameterRows, type DialectName } from '../database.ts';
import type { Database } from '../schema.ts';

export interface WriteOptions<Column extends string> {
  readonly table: keyof Database;
  readonly columns: readonly Column[];
  /**
   * The unique key a row may collide on, and the columns a collision overwrites (none: the
   * stored row stays). Without it a plain insert, which a duplicate fails whole.
   */
  readonly onConflict?: { readonly key: readonly Column[]; readonly update: readonly Column[] };
  readonly rows: readonly Readonly<Record<Column, unknown>>[];
  /** A column to read back from the rows actually inserted or updated. */
  readonly returning?: Column;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The statement's tail after its rows: the same text for both dialects. */
function tail<Column extends string>({ onConflict, returning }: WriteOptions<Column>): string {
  const written = returning === undefined ? '' : ` returning ${quoted(returning)} as "returned"`;
  if (!onConflict) return written;
  const { key, update } = onConflict;
  const action =
    update.length === 0
      ? 'do nothing'
      : `do update set ${update.map((column) => `${quoted(column)} = excluded.${quoted(column)}`).join(', ')}`;
  return `on conflict (${key.map(quoted).join(', ')}) ${action}${written}`;
}

/**
 * SQLite: one single-row statement, prepared once and run for every row inside the driver.
 * PostgreSQL: all rows as one JSON parameter, typed by the table's own row type with
 * `json_populate_recordset`, so booleans, integers and floats arrive as the columns declare them.
 */
function writeStatement<Column extends string>(dialect: DialectName, options: WriteOptions<Column>) {
  const { table, columns, rows } = options;
  const names = columns.map(quoted).join(', ');
  if (dialect === 'sqlite') {
    const text = `insert into ${quoted(table)} (${names}) values (${columns.map(() => '?').join(', ')}) ${tail(options)}`;
    return CompiledQuery.raw(text, [
      new ParameterRows(rows.map((row) => columns.map((column) => row[column]))),
    ]);
  }
  // `where true` keeps INSERT … SELECT … ON CONFLICT unambiguous.
  return sql`insert into ${sql.table(table)} (${sql.raw(names)})
    select ${sql.raw(names)} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json)
    where true ${sql.raw(tail(options))}`;
}

/**
 * Inserts the rows (or, with `onConflict`, updates what a colliding row holds). Returns the
 * `returning` column of the rows written (a collision with no update writes nothing).
 */
export async function writeRows<Column extends string>(
  db: Kysely<Database>,
  dialect: DialectName,
  options: WriteOptions<Column>,
): Promise<unknown[]> {
  if (options.rows.length === 0) return [];
  const statement = writeStatement(dialect, options);
  const { rows } = await ('compile' in statement
    ? statement.execute(db)
    : db.executeQuery<{ returned: unknown }>(statement));
  return rows.map((row) => (row as { returned: unknown }).returned);
}
