// The "cannot happen before" graph of a definition, shared by the cycle check (validation pass 4)
// and by Studio's pickers, which leave out the references that would close a cycle.
//
// Two vertices per node, "unlocked" and "satisfied", and one per tier ("achieved"); an edge A → B
// means A cannot happen before B. A group is satisfied only after its children; a child unlocks
// only after its parent; a step is satisfied only after it unlocked (the learner must be able to
// take the course); a sequence child unlocks only after its predecessor is satisfied. Authors add
// prerequisites (unlocked → satisfied) and tier requirements (achieved → satisfied).
import { joinPointer } from '../problems.ts';
import type { RuleRegistry } from '../registry/registry.ts';
import { stringEntries, type NodeRecord, type TierRecord } from './node-records.ts';

/** An edge an author wrote: a prerequisite or a tier requirement. */
export interface AuthorEdge {
  readonly from: number;
  readonly to: number;
  readonly pointer: string;
  readonly owner: string;
  readonly target: string;
}

export interface DependencyGraph {
  /** Adjacency lists, by vertex. */
  readonly edges: number[][];
  readonly authorEdges: AuthorEdge[];
  /** The vertex a reference to an id waits for: a node's "satisfied", a tier's "achieved". */
  readonly owners: ReadonlyMap<string, number>;
  readonly unlocked: (node: number) => number;
  readonly achieved: (tier: number) => number;
  /** The id of the node or tier of a vertex. */
  readonly idOf: (vertex: number) => string;
}

export function dependencyGraph(
  nodes: readonly NodeRecord[],
  tiers: readonly TierRecord[],
  registry: RuleRegistry,
): DependencyGraph {
  const unlocked = (node: number) => 2 * node;
  const satisfied = (node: number) => 2 * node + 1;
  const achieved = (tier: number) => 2 * nodes.length + tier;
  const vertexCount = 2 * nodes.length + tiers.length;
  const edges: number[][] = Array.from({ length: vertexCount }, () => []);
  const owners = new Map<string, number>();
  nodes.forEach(
    (record, index) =>
      record.id !== undefined && !owners.has(record.id) && owners.set(record.id, satisfied(index)),
  );
  tiers.forEach(
    (record, index) =>
      record.id !== undefined && !owners.has(record.id) && owners.set(record.id, achieved(index)),
  );

  nodes.forEach((record, index) => {
    if (record.kind === 'step') edges[satisfied(index)]!.push(unlocked(index));
    const ordered =
      record.kind === 'group' && registry.groupRule(record.node.rule as string)?.ordered === true;
    record.children.forEach((child, position) => {
      edges[satisfied(index)]!.push(satisfied(child));
      edges[unlocked(child)]!.push(unlocked(index));
      if (ordered && position > 0) edges[unlocked(child)]!.push(satisfied(record.children[position - 1]!));
    });
  });

  const authorEdges: AuthorEdge[] = [];
  const addAuthorEdges = (from: number, owner: string | undefined, value: unknown, pointer: string) => {
    for (const [target, position] of stringEntries(value)) {
      const to = owners.get(target);
      if (to === undefined) continue;
      edges[from]!.push(to);
      authorEdges.push({ from, to, pointer: joinPointer(pointer, position), owner: owner ?? '?', target });
    }
  };
  nodes.forEach((record, index) =>
    addAuthorEdges(
      unlocked(index),
      record.id,
      record.node.prerequisites,
      joinPointer(record.pointer, 'prerequisites'),
    ),
  );
  tiers.forEach((record, index) =>
    addAuthorEdges(achieved(index), record.id, record.tier.requires, joinPointer(record.pointer, 'requires')),
  );
  const idOf = (vertex: number) =>
    (vertex < 2 * nodes.length ? nodes[vertex >> 1]!.id : tiers[vertex - 2 * nodes.length]!.id) ?? '?';
  return { edges, authorEdges, owners, unlocked, achieved, idOf };
}

/** The vertices on a shortest path from `start` to `goal` through those `allowed`, both included; empty when there is none. */
export function shortestPath(
  start: number,
  goal: number,
  edges: readonly number[][],
  allowed: (vertex: number) => boolean = () => true,
): number[] {
  const previous = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let head = 0; head < queue.length && !previous.has(goal); head++) {
    const vertex = queue[head]!;
    for (const next of edges[vertex]!) {
      if (previous.has(next) || !allowed(next)) continue;
      previous.set(next, vertex);
      queue.push(next);
    }
  }
  if (!previous.has(goal)) return [];
  const path: number[] = [];
  for (let vertex = goal; vertex !== -1; vertex = previous.get(vertex)!) path.unshift(vertex);
  return path;
}
