// Reads a JSON or YAML document from a file, turning every way that can fail into one sentence.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseDocument } from 'yaml';
import { CliError } from './cli-error.ts';
import { findJsonSyntaxError } from './json-syntax-error.ts';

/** The parsed content of a .json, .yaml or .yml file (other names: JSON if it looks like JSON, else YAML). */
export function readDocument(file: string): unknown {
  const text = readText(file);
  const extension = extname(file).toLowerCase();
  const looksLikeJson = /^\s*[[{]/.test(text);
  if (extension === '.json' || (extension !== '.yaml' && extension !== '.yml' && looksLikeJson))
    return parseJson(file, text);
  return parseYaml(file, text);
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

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const error = findJsonSyntaxError(text);
    const where = error ? ` at line ${error.line}, column ${error.column}: ${error.problem}` : '';
    throw new CliError(`${file} is not valid JSON${where}`);
  }
}

function parseYaml(file: string, text: string): unknown {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const [first] = document.errors;
  if (first) {
    const [line, column] = first.linePos?.[0] ? [first.linePos[0].line, first.linePos[0].col] : [0, 0];
    const where = line ? ` at line ${line}, column ${column}` : '';
    const what = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new CliError(`${file} is not valid YAML${where}: ${what}`);
  }
  try {
    return document.toJS({ maxAliasCount: 1000 }) as unknown;
  } catch (error) {
    // Aliases are resolved only here: an alias to no anchor, or too many of them (an alias bomb).
    throw new CliError(`${file} is not valid YAML: ${(error as Error).message}`);
  }
}
