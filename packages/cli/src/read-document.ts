// Reads a JSON or YAML document from a file, turning every way that can fail into one sentence.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { isAlias, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import { CliError } from './cli-error.ts';
import { findJsonSyntaxError } from './json-syntax-error.ts';

/** The parsed content of a .json, .yaml or .yml file (other names: JSON if it looks like JSON, else YAML). */
export function readDocument(file: string): unknown {
  // Editors on some systems start UTF-8 files with a byte-order mark, which is not content.
  const text = readText(file).replace(/^\uFEFF/, '');
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
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
  if (!Array.isArray(documents) || documents.length === 0) return null;
  const [document] = documents;
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return ` at line ${line}, column ${col}`;
  };
  const [first] = document!.errors;
  if (first) {
    const what = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new CliError(`${file} is not valid YAML${at(first.pos[0])}: ${what}`);
  }
  if (documents.length > 1) {
    throw new CliError(
      `${file} holds ${documents.length} YAML documents${at(documents[1]!.range[0])}; a file holds one`,
    );
  }
  try {
    return document!.toJS({ maxAliasCount: 1000 }) as unknown;
  } catch (error) {
    // Aliases are resolved only here: an alias to no anchor, or too many of them (an alias bomb).
    const alias = firstAlias(document!);
    throw new CliError(
      `${file} is not valid YAML${alias === undefined ? '' : at(alias)}: ${(error as Error).message}`,
    );
  }
}

/** The offset of the first alias in a document, where alias errors are reported. */
function firstAlias(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) offset = node.range[0];
      return visit.BREAK;
    },
  });
  return offset;
}
