// Writes that may collide with another request's: the store's WriteConflict becomes the
// application's `conflict` (HTTP 409), with the store's words for what collided.
import { AppError } from '../errors.ts';
import { WriteConflict } from '../store/write-conflict.ts';

/** A WriteConflict as AppError `conflict`; any other error as it is. */
export function conflictAsAppError(error: unknown): unknown {
  return error instanceof WriteConflict ? new AppError('conflict', error.message) : error;
}

/** What `write` gives, or AppError `conflict` when it collided with another write. */
export async function writeOrConflict<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    throw conflictAsAppError(error);
  }
}
