// Reads that answer many rows per learner as one row per learner, the rows as a JSON array of
// value arrays: the database hands JavaScript one string a learner instead of a value a column a
// row, which is most of the cost of reading a thousand learners' facts or enrollments at once
// (npm run bench:service).
import { sql, type Expression, type RawBuilder } from 'kysely';
import type { DialectName } from '../database.ts';

/** The aggregate to select with a GROUP BY: each row of the group as an array of `values`. */
export function groupedRows<Values extends unknown[]>(
  dialect: DialectName,
  values: readonly Expression<unknown>[],
): RawBuilder<Values[] | string> {
  const list = sql.join(values);
  return dialect === 'postgres'
    ? sql`json_agg(json_build_array(${list}))`
    : sql`json_group_array(json_array(${list}))`;
}

/**
 * The rows of a groupedRows column: PostgreSQL's driver parses JSON itself, SQLite answers text;
 * over no rows at all (a subquery) PostgreSQL's aggregate is null.
 */
export function rowsOfGroup<Values extends unknown[]>(column: Values[] | string | null): Values[] {
  if (column === null) return [];
  return typeof column === 'string' ? (JSON.parse(column) as Values[]) : column;
}
