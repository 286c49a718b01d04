// The store's write conflicts become the application's `conflict`, in the store's words.
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { WriteConflict } from '../store/write-conflict.ts';
import { conflictAsAppError, writeOrConflict } from './write-or-conflict.ts';

describe('writeOrConflict', () => {
  it('gives what the write gives', async () => {
    expect(await writeOrConflict(Promise.resolve(42))).toBe(42);
  });

  it('turns a write conflict into AppError conflict with its message', async () => {
    const refused = writeOrConflict(Promise.reject(new WriteConflict('the key is taken')));
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'conflict', message: 'the key is taken' });
  });

  it('leaves every other error as it is', async () => {
    const failure = new Error('disk full');
    await expect(writeOrConflict(Promise.reject(failure))).rejects.toBe(failure);
    expect(conflictAsAppError(failure)).toBe(failure);
  });
});
