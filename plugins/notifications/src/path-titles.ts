// The titles an email names, from a path's published definition; an id stands in for a title the
// definition lacks (a step without one, a path not published yet).
import type { PathNode } from '@learning-paths/core';
import type { PluginPath } from '@learning-paths/plugin-api';

function findNode(node: PathNode, id: string): PathNode | undefined {
  if (node.id === id) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

export function stepTitle(path: PluginPath, step: string): string {
  const root = path.definition?.requirements;
  return (root && findNode(root, step)?.title) || step;
}

export function tierTitle(path: PluginPath, tier: string): string {
  return path.definition?.tiers?.find((candidate) => candidate.id === tier)?.title ?? tier;
}
