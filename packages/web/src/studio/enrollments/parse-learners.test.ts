import { expect, it } from 'vitest';
import { parseLearners } from './parse-learners.ts';

it('splits on lines, commas, semicolons and spaces, dropping blanks', () => {
  expect(parseLearners(' ada\nbea@example.org, chen;\n\n  dara  ')).toEqual([
    'ada',
    'bea@example.org',
    'chen',
    'dara',
  ]);
  expect(parseLearners(' \n ,, ')).toEqual([]);
});
