import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, downloadFileName, toCsv } from './safe-download.ts';

describe('safe downloads', () => {
  it('neutralises cells a spreadsheet would run, and quotes what CSV needs quoted', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`)).toMatch(/^"?'/);
    expect(csvCell('-1')).toBe(`'-1`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('ada@example.org')).toBe('ada@example.org');
  });

  it('writes numbers and booleans as they are, and null as an empty cell', () => {
    expect([-0.5, 3, true, null].map(csvCell)).toEqual(['-0.5', '3', 'true', '']);
  });

  it('ends every line with CRLF, the header first', () => {
    expect(csvLine(['=1', 2, null])).toBe(`'=1,2,\r\n`);
    expect(toCsv(['a', 'b'], [['x,y', 1]])).toBe('a,b\r\n"x,y",1\r\n');
    expect(toCsv(['a'], [])).toBe('a\r\n');
  });

  it('names files after the path key, safely', () => {
    expect(downloadFileName('path-v1:DemoU+DS+2026+spring', 'learners', 'csv')).toBe(
      'path-v1_DemoU_DS_2026_spring-learners.csv',
    );
    expect(downloadFileName('a/../b c', 'v2', 'json')).toBe('a_.._b_c-v2.json');
  });
});
