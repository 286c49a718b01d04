// The references an editor must not offer: for a node's prerequisites or a tier's requirements,
// each candidate id that would close a circle (the owner itself, a group around a node or inside
// it, or a chain back through other requirements), with the ids round that circle to explain it.
import { schemasFor } from '../definition/schemas.ts';
import { defaultRegistry } from '../registry/create-registry.ts';
import type { RuleRegistry } from '../registry/registry.ts';
import { checkShapes } from './check-shapes.ts';
import { dependencyGraph, shortestPath } from './dependency-graph.ts';
import { isAncestorRecord, type NodeRecord } from './node-records.ts';

/** Why a reference would close a circle: the ids from the candidate back to the owner. */
export interface CyclicReference {
  readonly kind: 'itself' | 'contains' | 'inside' | 'chain';
  /** The ids round the circle, from the owner through the candidate back to the owner. */
  readonly cycle: readonly string[];
}

/**
 * Each id that `owner` (a node, for prerequisites; a tier, for requirements) cannot reference
 * without making a cycle, with why. Reads the document as it is, valid or not; an owner that is
 * not in it has none.
 */
export function cyclicReferences(
  input: unknown,
  owner: string,
  registry: RuleRegistry = defaultRegistry,
): Map<string, CyclicReference> {
  const { nodes, tiers } = checkShapes(input, schemasFor(registry), registry);
  const graph = dependencyGraph(nodes, tiers, registry);
  const nodeIndex = nodes.findIndex((record) => record.id === owner);
  const tierIndex = tiers.findIndex((record) => record.id === owner);
  const cyclic = new Map<string, CyclicReference>();
  if (nodeIndex < 0 && tierIndex < 0) return cyclic;
  const from = nodeIndex >= 0 ? graph.unlocked(nodeIndex) : graph.achieved(tierIndex);
  // Referencing a vertex that already waits, directly or not, for `from` closes a circle.
  const reaching = reverseReach(graph.edges, from);
  for (const [id, vertex] of graph.owners) {
    if (!reaching.has(vertex)) continue;
    const cycle = [owner, ...shortestPath(vertex, from, graph.edges).map(graph.idOf)].filter(
      (name, index, all) => index === 0 || name !== all[index - 1],
    );
    cyclic.set(id, { kind: kindOf(nodes, nodeIndex, id, owner), cycle });
  }
  return cyclic;
}

/** The vertices from which `goal` can be reached, `goal` included. */
function reverseReach(edges: readonly number[][], goal: number): Set<number> {
  const incoming: number[][] = edges.map(() => []);
  edges.forEach((targets, vertex) => targets.forEach((target) => incoming[target]!.push(vertex)));
  const seen = new Set([goal]);
  const queue = [goal];
  for (let head = 0; head < queue.length; head++)
    for (const source of incoming[queue[head]!]!)
      if (!seen.has(source)) {
        seen.add(source);
        queue.push(source);
      }
  return seen;
}

function kindOf(
  nodes: readonly NodeRecord[],
  ownerIndex: number,
  id: string,
  owner: string,
): CyclicReference['kind'] {
  if (id === owner) return 'itself';
  const target = nodes.findIndex((record) => record.id === id);
  if (ownerIndex < 0 || target < 0) return 'chain';
  if (isAncestorRecord(nodes, target, ownerIndex)) return 'contains';
  if (isAncestorRecord(nodes, ownerIndex, target)) return 'inside';
  return 'chain';
}
