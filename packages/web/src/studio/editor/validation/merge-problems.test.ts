import { expect, it } from 'vitest';
import { validatePath } from '@learning-paths/core';
import { mergeProblems } from './merge-problems.ts';

it('adds the server’s problems to the local ones, each once, keeping their messages', () => {
  const local = [
    ...validatePath({
      key: 'path-v1:A+B+C+D',
      title: '',
      requirements: { id: 'x', course: 'course-v1:A+B+C' },
    }).errors,
  ];
  expect(local).toEqual([
    {
      pointer: '/title',
      message: 'title must not be empty',
      translatable: { id: 'lp.problem.empty', values: { field: 'title' } },
    },
  ]);
  const serverOwn = { pointer: '/key', message: 'the key must stay path-v1:A+B+C+D' };
  // The server's answer as JSON: the same problem again, and one only the server knows.
  const server = JSON.parse(JSON.stringify([...local, serverOwn])) as typeof local;
  expect(mergeProblems(local, server)).toEqual([...local, serverOwn]);
});
