// Application errors with a code; the HTTP layer maps codes to statuses, services never speak HTTP.

export type ErrorCode = 'not_found' | 'conflict' | 'invalid' | 'forbidden';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
