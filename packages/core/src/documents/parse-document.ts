// Parses a JSON or YAML document (a path definition, a learner's facts) from text, turning every
// way that can fail into one sentence with a line and column. Used by the CLI for files, by the
// server for uploaded bodies, and by the browser for imported files.
import { Composer, isAlias, Lexer, LineCounter, Parser, visit, type CST, type Document } from 'yaml';
import { findJsonSyntaxError } from './json-syntax-error.ts';

/** Why a text is not one JSON or YAML document: "is not valid JSON at line 3, column 5: …". */
export class DocumentSyntaxError extends Error {
  override readonly name = 'DocumentSyntaxError';
}

export type DocumentFormat = 'json' | 'yaml';

/**
 * Collections a YAML document may nest: far more than a path needs (FORMAT_LIMITS), far fewer than
 * the YAML composer, which recurses, can take without running out of stack (which may even take the
 * process down).
 */
const MAX_YAML_DEPTH = 200;

/**
 * The document in `text`, as JSON or YAML; without a format, JSON when it looks like JSON (starts
 * with `{` or `[`), else YAML. A byte-order mark is not content.
 */
export function parseDocument(text: string, format?: DocumentFormat): unknown {
  const content = text.replace(/^\uFEFF/, '');
  const json = format === undefined ? /^\s*[[{]/.test(content) : format === 'json';
  return json ? parseJson(content) : parseYaml(content);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const error = findJsonSyntaxError(text);
    const where = error ? ` at line ${error.line}, column ${error.column}: ${error.problem}` : '';
    throw new DocumentSyntaxError(`is not valid JSON${where}`);
  }
}

function parseYaml(text: string): unknown {
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return ` at line ${line}, column ${col}`;
  };
  const tokens = tokensOf(text, lineCounter);
  if (!Array.isArray(tokens))
    throw new DocumentSyntaxError(
      `is not valid YAML${at(tokens.tooDeepAt)}: it nests more than ${MAX_YAML_DEPTH} levels deep`,
    );
  const documents = Array.from(new Composer({ uniqueKeys: true }).compose(tokens));
  if (documents.length === 0) return null;
  const [document] = documents;
  const [first] = document!.errors;
  if (first) {
    const what = first.message.split('\n')[0]!;
    throw new DocumentSyntaxError(`is not valid YAML${at(first.pos[0])}: ${what}`);
  }
  if (documents.length > 1)
    throw new DocumentSyntaxError(
      `holds ${documents.length} YAML documents${at(documents[1]!.range[0])}; a file holds one`,
    );
  try {
    return document!.toJS({ maxAliasCount: 1000 }) as unknown;
  } catch (error) {
    // Aliases are resolved only here: an alias to no anchor, or too many of them (an alias bomb).
    const alias = firstAlias(document!);
    throw new DocumentSyntaxError(
      `is not valid YAML${alias === undefined ? '' : at(alias)}: ${(error as Error).message}`,
    );
  }
}

/**
 * The parser's tokens, or where they nest too deeply. The parser keeps a stack of its own, watched
 * as it goes, so that a document nested far too deeply is neither parsed to the end nor composed.
 */
function tokensOf(text: string, lineCounter: LineCounter): CST.Token[] | { tooDeepAt: number } {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    tokens.push(...parser.next(lexeme));
    if (parser.stack.length > MAX_YAML_DEPTH)
      return { tooDeepAt: parser.stack.findLast((token) => 'items' in token)!.offset };
  }
  tokens.push(...parser.end());
  return tokens;
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
