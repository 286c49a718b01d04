// Validation pass 4: requirements that can never be met because they go round in a circle,
// through prerequisites, tier requirements, sequence order and containment.
//
// The graph has two vertices per node, "unlocked" and "satisfied", and one per tier
// ("achieved"); an edge A → B means A cannot happen before B. A group is satisfied only after its
// children; a child unlocks only after its parent; a step is satisfied only after it unlocked
// (the learner must be able to take the course); a sequence child unlocks only after its
// predecessor is satisfied. Authors add prerequisites (unlocked → satisfied) and tier requirements
// (achieved → satisfied). Any edge an author wrote that lies on a cycle is reported.
import { joinPointer, problemAt, type Problem } from '../problems.ts';
import type { RuleRegistry } from '../registry/registry.ts';
import { wording, type Wording } from '../registry/wording.ts';
import { stringEntries, type NodeRecord, type TierRecord } from './node-records.ts';
import { stronglyConnectedComponents } from './strongly-connected.ts';

interface AuthorEdge {
  readonly from: number;
  readonly to: number;
  readonly pointer: string;
  readonly owner: string;
  readonly target: string;
}

export function checkCycles(
  nodes: readonly NodeRecord[],
  tiers: readonly TierRecord[],
  registry: RuleRegistry,
  problems: Problem[],
): void {
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

  const component = stronglyConnectedComponents(edges);
  const componentSize = new Map<number, number>();
  for (const c of component) componentSize.set(c, (componentSize.get(c) ?? 0) + 1);
  const idOf = (vertex: number) =>
    (vertex < 2 * nodes.length ? nodes[vertex >> 1]!.id : tiers[vertex - 2 * nodes.length]!.id) ?? '?';

  for (const edge of authorEdges) {
    if (component[edge.from] !== component[edge.to]) continue;
    if (edge.from !== edge.to && componentSize.get(component[edge.from]!)! < 2) continue;
    problems.push(problemAt(edge.pointer, describeCycle(edge, nodes, edges, component, idOf)));
  }
}

function describeCycle(
  edge: AuthorEdge,
  nodes: readonly NodeRecord[],
  edges: readonly number[][],
  component: readonly number[],
  idOf: (vertex: number) => string,
): Wording {
  const { owner: id, target } = edge;
  if (id === target) return wording(`"${id}" cannot require itself`, 'lp.problem.requiresItself', { id });
  const relation = kinship(nodes, id, target);
  if (relation)
    return wording(
      `"${id}" cannot require "${target}", ${relation.text}: it could never unlock`,
      relation.id,
      { id, target },
    );
  const chain = [id, ...pathBack(edge.to, edge.from, edges, component).map(idOf)];
  // The ids round the cycle, joined with arrows in every language.
  const cycle = chain.filter((name, index) => index === 0 || name !== chain[index - 1]).join(' → ');
  return wording(
    `"${id}" requiring "${target}" makes a cycle (${cycle}), so none of them can ever be completed`,
    'lp.problem.cycle',
    { id, target, cycle },
  );
}

/** "which contains it" / "which is inside it" when one node is an ancestor of the other, with its message id. */
function kinship(
  nodes: readonly NodeRecord[],
  owner: string,
  target: string,
): { readonly text: string; readonly id: string } | undefined {
  const indexOf = (id: string) => nodes.findIndex((record) => record.id === id);
  const isAncestor = (ancestor: number, node: number) => {
    for (let current = nodes[node]?.parent ?? -1; current >= 0; current = nodes[current]!.parent)
      if (current === ancestor) return true;
    return false;
  };
  const [o, t] = [indexOf(owner), indexOf(target)];
  if (o < 0 || t < 0) return undefined;
  if (isAncestor(t, o)) return { text: 'which contains it', id: 'lp.problem.requiresAncestor' };
  if (isAncestor(o, t)) return { text: 'which is inside it', id: 'lp.problem.requiresDescendant' };
  return undefined;
}

/** The vertices on a shortest path from `start` to `goal` inside their component, both included. */
function pathBack(
  start: number,
  goal: number,
  edges: readonly number[][],
  component: readonly number[],
): number[] {
  const previous = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let head = 0; head < queue.length && !previous.has(goal); head++) {
    const vertex = queue[head]!;
    for (const next of edges[vertex]!) {
      if (previous.has(next) || component[next] !== component[start]) continue;
      previous.set(next, vertex);
      queue.push(next);
    }
  }
  const path: number[] = [];
  for (let vertex = goal; vertex !== -1 && vertex !== undefined; vertex = previous.get(vertex)!)
    path.unshift(vertex);
  return path;
}
