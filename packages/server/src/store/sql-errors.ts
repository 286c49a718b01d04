// Recognises database errors across dialects.

/** A unique or primary-key constraint refused the write (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Why the database could not run a statement when that may pass by itself: `busy` when another
 * SQLite connection kept the write lock longer than the busy timeout, `unreachable` when
 * PostgreSQL refused or dropped the connection, is shutting down or starting, or no connection
 * came within the pool's timeout. Null for every other error (a bad statement, a constraint).
 */
export type DatabaseUnavailable = 'busy' | 'unreachable';

/** The network errors of a connection that could not be made or was cut. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's SQLSTATEs for the same: class 08 (connection exception), 57P01 to 57P03 (the
 * server was shut down, crashed, or cannot take connections yet) and 53300 (too many connections).
 */
const UNREACHABLE_STATE = /^(08...|57P0[123]|53300)$/;

/** What node-postgres says when a connection dies or none comes in time; they carry no code. */
const UNREACHABLE_MESSAGE =
  /^(Connection terminated unexpectedly|Connection terminated due to connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable)$/;

export function databaseUnavailable(error: unknown): DatabaseUnavailable | null {
  // node-postgres wraps some of them: the pool's connection timeout keeps the cause.
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
      if (CONNECTION_CODES.has(code) || UNREACHABLE_STATE.test(code)) return 'unreachable';
    }
    if (UNREACHABLE_MESSAGE.test(cause.message)) return 'unreachable';
  }
  return null;
}
