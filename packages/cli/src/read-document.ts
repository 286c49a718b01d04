// Reads a JSON or YAML document from a file, turning every way that can fail into one sentence.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DocumentSyntaxError, parseDocument } from '@learning-paths/core';
import { CliError } from './cli-error.ts';

/** The parsed content of a .json, .yaml or .yml file (other names: JSON if it looks like JSON, else YAML). */
export function readDocument(file: string): unknown {
  const extension = extname(file).toLowerCase();
  const format =
    extension === '.json' ? 'json' : extension === '.yaml' || extension === '.yml' ? 'yaml' : undefined;
  try {
    return parseDocument(readText(file), format);
  } catch (error) {
    if (error instanceof DocumentSyntaxError) throw new CliError(`${file} ${error.message}`);
    throw error;
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String((error as Error).message);
    throw new CliError(`cannot read ${file}: ${reason}`);
  }
}
