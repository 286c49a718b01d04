// The problems the editor shows: core's, found in the browser as the author types, and those the
// server answered to the last save (a rule only the server knows), each once: the same problem has
// the same English sentence on both sides, and keeps its message for the author's language.
import type { Problem } from '@learning-paths/core';

export function mergeProblems(local: readonly Problem[], server: readonly Problem[]): Problem[] {
  const key = (problem: Problem) => `${problem.pointer}\n${problem.message}`;
  const seen = new Set(local.map(key));
  return [...local, ...server.filter((problem) => !seen.has(key(problem)))];
}
