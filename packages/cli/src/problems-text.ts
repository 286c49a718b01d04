// Validation problems for a person: one line per problem, the place first.
import type { Problem } from '@learning-paths/core';

export function formatProblems(file: string, problems: readonly Problem[]): string {
  const count = problems.length;
  const header = `${file}: ${count} problem${count === 1 ? '' : 's'}`;
  return (
    [header, ...problems.map((problem) => `  ${problem.pointer || '/'}: ${problem.message}`)].join('\n') +
    '\n'
  );
}
