// A text that is no path key names no path: 404, as the plugin answers. The routes that reach
// evaluateLearner check it first, because that service parses the key before looking the path up
// and would fail on it with a 500.
import { pathKeyProblem } from '@learning-paths/core';
import { AppError } from '../../../errors.ts';

export function wellFormedKey(key: string): string {
  if (pathKeyProblem(key) !== null) throw new AppError('not_found', `no path has the key ${key}`);
  return key;
}
