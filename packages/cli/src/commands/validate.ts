// `learning-paths validate FILE [--json]`: exit 0 when valid, 1 when invalid, 2 when unreadable.
import { validatePath } from '@learning-paths/core';
import { EXIT_INVALID, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { formatProblems } from '../problems-text.ts';
import { readDocument } from '../read-document.ts';

export function validateCommand(file: string, options: { json?: boolean }, output: Output): number {
  const result = validatePath(readDocument(file));
  if (options.json)
    output.out(JSON.stringify({ valid: result.valid, errors: result.errors }, null, 2) + '\n');
  else if (result.valid) output.out(`${file}: valid\n`);
  else output.out(formatProblems(file, result.errors));
  return result.valid ? EXIT_OK : EXIT_INVALID;
}
