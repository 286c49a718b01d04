// Column types that differ between the dialects, for the migrations.
import type { DialectName } from '../database.ts';

/** PostgreSQL has a boolean type; SQLite stores 0 and 1. */
export function booleanType(dialect: DialectName): 'boolean' | 'integer' {
  return dialect === 'postgres' ? 'boolean' : 'integer';
}

/** 8-byte floats: PostgreSQL's `real` has 4 bytes (about 7 digits); SQLite's `real` has 8. */
export function floatType(dialect: DialectName): 'double precision' | 'real' {
  return dialect === 'postgres' ? 'double precision' : 'real';
}

/** Bytes as they are: PostgreSQL's `bytea`, SQLite's `blob`. */
export function binaryType(dialect: DialectName): 'bytea' | 'blob' {
  return dialect === 'postgres' ? 'bytea' : 'blob';
}
