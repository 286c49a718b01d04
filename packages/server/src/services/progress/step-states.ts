// The state of every step of a learner's path, as stored with their progress: one character per
// course node of the compiled version, in its order: `c` completed, `l` locked, `o` open.
import type { CompiledPath, PathEvaluation } from '@learning-paths/core';

export type StepState = 'c' | 'l' | 'o';

/** The states of an evaluation's steps, as stored. */
export function stepStatesOf(path: CompiledPath, evaluation: PathEvaluation): string {
  let states = '';
  for (const node of path.nodes) {
    if (node.course === null) continue;
    const status = evaluation.nodes[node.id]?.status;
    states += status === 'completed' ? 'c' : status === 'locked' ? 'l' : 'o';
  }
  return states;
}

/** The stored states by step id; empty when they do not fit the version (none stored). */
export function readStepStates(path: CompiledPath, states: string): Map<string, StepState> {
  const byStep = new Map<string, StepState>();
  let index = 0;
  for (const node of path.nodes) {
    if (node.course === null) continue;
    const state = states[index++];
    if (state === 'c' || state === 'l' || state === 'o') byStep.set(node.id, state);
  }
  return index === states.length ? byStep : new Map<string, StepState>();
}
