// Application errors with a code; the HTTP layer maps codes to statuses, services never speak HTTP.
import type { Problem } from '@learning-paths/core';

export type ErrorCode =
  | 'malformed'
  | 'not_found'
  | 'conflict'
  | 'invalid'
  | 'forbidden'
  | 'unauthenticated'
  | 'too_large'
  | 'unsupported_type'
  | 'too_many_requests'
  /** A plugin's filter failed (threw, or returned something else than its input): the action stopped. */
  | 'plugin_failed';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** For `invalid`: every problem, each at a JSON pointer. */
    readonly errors?: readonly Problem[],
    /** When the caller may try again, in seconds (HTTP Retry-After): for `too_many_requests`. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
