// Bulk upserts in one call, whatever the number of rows. Building a multi-row VALUES list through
// Kysely costs more than the database spends running it, and long lists must be cut in chunks
// under the bound-parameter limits; each dialect gets the rows its cheapest way instead.
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { ParameterRows, type DialectName } from '../database.ts';
import type { Database } from '../schema.ts';

export interface UpsertOptions<Column extends string> {
  readonly table: keyof Database;
  readonly columns: readonly Column[];
  /** The unique key a row may collide on. */
  readonly conflict: readonly Column[];
  /** The columns a collision overwrites; a collision keeps the stored row when empty. */
  readonly update: readonly Column[];
  readonly rows: readonly Readonly<Record<Column, unknown>>[];
  /** A column to read back from the rows actually inserted or updated. */
  readonly returning?: Column;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The statement's tail after its rows: the same text for both dialects. */
function conflictClause<Column extends string>({
  conflict,
  update,
  returning,
}: UpsertOptions<Column>): string {
  const action =
    update.length === 0
      ? 'do nothing'
      : `do update set ${update.map((column) => `${quoted(column)} = excluded.${quoted(column)}`).join(', ')}`;
  const written = returning === undefined ? '' : ` returning ${quoted(returning)} as "returned"`;
  return `on conflict (${conflict.map(quoted).join(', ')}) ${action}${written}`;
}

/**
 * SQLite: one single-row statement, prepared once and run for every row inside the driver.
 * PostgreSQL: all rows as one JSON parameter, typed by the table's own row type with
 * `json_populate_recordset`, so booleans, integers and floats arrive as the columns declare them.
 */
function upsertStatement<Column extends string>(dialect: DialectName, options: UpsertOptions<Column>) {
  const { table, columns, rows } = options;
  const names = columns.map(quoted).join(', ');
  if (dialect === 'sqlite') {
    const text = `insert into ${quoted(table)} (${names}) values (${columns.map(() => '?').join(', ')}) ${conflictClause(options)}`;
    return CompiledQuery.raw(text, [
      new ParameterRows(rows.map((row) => columns.map((column) => row[column]))),
    ]);
  }
  // `where true` keeps INSERT … SELECT … ON CONFLICT unambiguous.
  return sql`insert into ${sql.table(table)} (${sql.raw(names)})
    select ${sql.raw(names)} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json)
    where true ${sql.raw(conflictClause(options))}`;
}

/**
 * Inserts the rows, or updates `update` where a row with the same `conflict` key exists. Returns
 * the `returning` column of the rows written (a collision with no update writes nothing).
 */
export async function upsertRows<Column extends string>(
  db: Kysely<Database>,
  dialect: DialectName,
  options: UpsertOptions<Column>,
): Promise<unknown[]> {
  if (options.rows.length === 0) return [];
  const statement = upsertStatement(dialect, options);
  const { rows } = await ('compile' in statement
    ? statement.execute(db)
    : db.executeQuery<{ returned: unknown }>(statement));
  return rows.map((row) => (row as { returned: unknown }).returned);
}
