// Splits long lists for `in (…)` lists and multi-row inserts: SQLite binds at most 32,766 values
// a statement and PostgreSQL 65,535, so statements stay well under both.
export const CHUNK = 500;

export function* chunksOf<T>(items: readonly T[], size = CHUNK): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
