// What a part of a path still needs, in a learner's words: inside each unsatisfied part, the
// engine's `remaining` sentence for what can be done now, and the lock reason of each part that
// cannot be started yet ("opens on 1 May 2026", "after Core"), so that nothing still required is
// left unnamed. Tier milestones (Learn) and the what-if preview's "What is left" (Studio) read it.
import type { Message } from '../registry/wording.ts';
import type { CompiledPath } from './compiled-path.ts';
import { describeLock } from './explain-lock.ts';
import type { PathEvaluation, RemainingItem } from './types.ts';

export interface Need {
  /** The node the sentence is about. */
  readonly node: string;
  readonly text: string;
  /** The text as a message, absent when a plugin rule gave a plain string. */
  readonly message?: Message;
  /** True when the text says why the node is locked rather than what to do in it. */
  readonly locked: boolean;
}

/**
 * The needs inside the given nodes (by index), in document order, each part named once: the walk
 * stops at satisfied parts, at locked parts (their reason) and at a group its rule speaks for.
 */
export function needsOf(path: CompiledPath, evaluation: PathEvaluation, nodes: Iterable<number>): Need[] {
  const remaining = new Map<string, RemainingItem>(evaluation.remaining.map((item) => [item.node, item]));
  const needs: Need[] = [];
  const seen = new Set<number>();
  const collect = (index: number) => {
    const node = path.nodes[index]!;
    const result = evaluation.nodes[node.id]!;
    if (seen.has(index) || result.satisfied) return;
    seen.add(index);
    if (result.status === 'locked') {
      needs.push({ ...describeLock(path, node.id, result.lockedBy), node: node.id, locked: true });
      return;
    }
    const item = remaining.get(node.id);
    if (item !== undefined) needs.push({ ...item, locked: false });
    else for (const child of node.children) collect(child);
  };
  for (const index of nodes) collect(index);
  return needs;
}
