import { expect, it } from 'vitest';
import { mergeProblems } from './merge-problems.ts';

it('adds the server’s problems to the local ones, each once', () => {
  const local = [{ pointer: '/title', message: 'title must not be empty' }];
  expect(
    mergeProblems(local, [
      { pointer: '/title', message: 'title must not be empty' },
      { pointer: '/key', message: 'the key must stay path-v1:A+B+C+D' },
    ]),
  ).toEqual([...local, { pointer: '/key', message: 'the key must stay path-v1:A+B+C+D' }]);
});
