// Validation pass 4: requirements that can never be met because they go round in a circle,
// through prerequisites, tier requirements, sequence order and containment (the graph is
// dependency-graph.ts). Any edge an author wrote that lies on a cycle is reported.
import { problemAt, type Problem } from '../problems.ts';
import type { RuleRegistry } from '../registry/registry.ts';
import { wording, type Wording } from '../registry/wording.ts';
import { dependencyGraph, shortestPath, type AuthorEdge } from './dependency-graph.ts';
import { isAncestorRecord, type NodeRecord, type TierRecord } from './node-records.ts';
import { stronglyConnectedComponents } from './strongly-connected.ts';

export function checkCycles(
  nodes: readonly NodeRecord[],
  tiers: readonly TierRecord[],
  registry: RuleRegistry,
  problems: Problem[],
): void {
  const { edges, authorEdges, idOf } = dependencyGraph(nodes, tiers, registry);
  const component = stronglyConnectedComponents(edges);
  const componentSize = new Map<number, number>();
  for (const c of component) componentSize.set(c, (componentSize.get(c) ?? 0) + 1);

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
  const inComponent = (vertex: number) => component[vertex] === component[edge.to];
  const chain = [id, ...shortestPath(edge.to, edge.from, edges, inComponent).map(idOf)];
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
  const [o, t] = [indexOf(owner), indexOf(target)];
  if (o < 0 || t < 0) return undefined;
  if (isAncestorRecord(nodes, t, o)) return { text: 'which contains it', id: 'lp.problem.requiresAncestor' };
  if (isAncestorRecord(nodes, o, t))
    return { text: 'which is inside it', id: 'lp.problem.requiresDescendant' };
  return undefined;
}
