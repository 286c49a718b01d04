// Column types that differ between the dialects, for the migrations.
import type { DialectName } from '../database.ts';

/** PostgreSQL has a boolean type; SQLite stores 0 and 1. */
export function booleanType(dialect: DialectName): 'boolean' | 'integer' {
  return dialect === 'postgres' ? 'boolean' : 'integer';
}
