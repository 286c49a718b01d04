import { describe, expect, it } from 'vitest';
import { validatePath } from '../validate/validate-path.ts';
import { DocumentSyntaxError, parseDocument } from './parse-document.ts';

describe('documents nested far deeper than any path may be', () => {
  const groups = (levels: number) =>
    '{"id":"g","rule":"all","children":['.repeat(levels) +
    '{"id":"s","course":"course-v1:A+B+C"}' +
    ']}'.repeat(levels);

  it('read as JSON, and validation says how deep groups may nest', () => {
    const document = parseDocument(`{"key":"path-v1:A+B+C+D","title":"T","requirements":${groups(100_000)}}`);
    expect(validatePath(document).errors).toEqual([
      expect.objectContaining({ translatable: { id: 'lp.problem.tooDeep', values: { limit: 32 } } }),
    ]);
  });

  it('are refused as YAML before the YAML composer recurses into them', () => {
    const refusal = (line: number, column: number) =>
      new DocumentSyntaxError(
        `is not valid YAML at line ${line}, column ${column}: it nests more than 200 levels deep`,
      );
    // Each group is a mapping and a list: refused about the 100th (the document and a key count too).
    expect(() => parseDocument(groups(1_000), 'yaml')).toThrow(refusal(1, 99 * 35 + 1));
    const block = Array.from({ length: 150 }, (_, level) => `${'  '.repeat(2 * level)}- children:`).join(
      '\n',
    );
    expect(() => parseDocument(block + ' []', 'yaml')).toThrow(refusal(100, 4 * 99 + 1));
    expect(parseDocument(groups(90), 'yaml')).toEqual(JSON.parse(groups(90)));
  });
});
