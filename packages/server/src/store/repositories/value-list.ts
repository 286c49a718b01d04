// "column is one of these values" for lists of any length, as one bound parameter: SQLite reads the
// list with json_each, PostgreSQL as an array. The SQL text is then the same for every list, so
// SQLite's prepared statement is reused, and no list is cut in chunks under the bind limits.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { DialectName } from '../database.ts';

export function isOneOf(
  dialect: DialectName,
  column: string,
  values: readonly (string | number)[],
): Expression<SqlBool> {
  return dialect === 'postgres'
    ? sql<SqlBool>`${sql.ref(column)} = any(${[...values]})`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`;
}
