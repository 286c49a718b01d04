// Reading a path definition's tree: every node with its JSON pointer, parent and ancestors, lookups
// by id, fresh ids (made from titles), and which nodes and tiers a node or tier may refer to without
// making a loop.
import { isStep, parseCourseKey, type PathDefinition, type PathNode } from '@learning-paths/core';

export interface NodeEntry {
  readonly node: PathNode;
  /** The node's JSON pointer: `/requirements`, `/requirements/children/2`, … */
  readonly pointer: string;
  /** The id of the group holding the node; null for the root. */
  readonly parentId: string | null;
  /** Position among its siblings. */
  readonly index: number;
  /** Ids of the groups around it, outermost first. */
  readonly ancestors: readonly string[];
}

/** Every node in document order (a group before its children). */
export function nodeEntries(definition: PathDefinition): NodeEntry[] {
  const entries: NodeEntry[] = [];
  const visit = (node: PathNode, pointer: string, ancestors: readonly string[], index: number) => {
    entries.push({ node, pointer, parentId: ancestors.at(-1) ?? null, index, ancestors });
    if (isStep(node)) return;
    const inside = [...ancestors, node.id];
    node.children.forEach((child, childIndex) =>
      visit(child, `${pointer}/children/${childIndex}`, inside, childIndex),
    );
  };
  visit(definition.requirements, '/requirements', [], 0);
  return entries;
}

export function findNode(definition: PathDefinition, id: string): NodeEntry | undefined {
  return nodeEntries(definition).find((entry) => entry.node.id === id);
}

/** The ids of everything inside a node (not the node itself). */
export function descendantIds(node: PathNode): string[] {
  if (isStep(node)) return [];
  return node.children.flatMap((child) => [child.id, ...descendantIds(child)]);
}

/** Every id in use, of nodes and of tiers. */
export function usedIds(definition: PathDefinition): Set<string> {
  return new Set([
    ...nodeEntries(definition).map((entry) => entry.node.id),
    ...(definition.tiers ?? []).map((tier) => tier.id),
  ]);
}

/** Ids made from titles stay short enough to read: cut at a word break near this length. */
const SLUG_LENGTH = 40;

/** Text in the characters ids allow: "Statistics Options" is `statistics-options`, "Café" `cafe`. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= SLUG_LENGTH) return words;
  const cut = words.slice(0, SLUG_LENGTH + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, SLUG_LENGTH)).replace(/-+$/, '');
}

/**
 * An id made from `base` that no node or tier has yet, `except` aside (the part being renamed may
 * keep its own id).
 */
export function uniqueId(definition: PathDefinition, base: string, except?: string): string {
  const stem = slug(base) || 'node';
  const used = usedIds(definition);
  if (except !== undefined) used.delete(except);
  if (!used.has(stem)) return stem;
  let suffix = 2;
  while (used.has(`${stem}-${suffix}`)) suffix++;
  return `${stem}-${suffix}`;
}

/**
 * The id a title gives the node or tier `id`: the title in id characters, unique in the path; for
 * an empty title, what a new part of its kind is called (a step's course number, `group`, `tier`).
 */
export function titleId(definition: PathDefinition, id: string, title: string | undefined): string {
  const node = findNode(definition, id)?.node;
  const untitled = node ? (isStep(node) ? courseNumber(node.course) : 'group') : 'tier';
  return uniqueId(definition, title?.trim() || untitled, id);
}

/** A course key's number (`DS100` of `course-v1:DemoU+DS100+2026`), or the key when it has none. */
export function courseNumber(course: string): string {
  try {
    return parseCourseKey(course).number;
  } catch {
    return course;
  }
}

export interface Reference {
  readonly id: string;
  readonly title: string;
  readonly kind: 'node' | 'tier';
}

/**
 * What a node or tier may name as a prerequisite or requirement: every other node and tier except
 * the node's own ancestors and descendants, which could never unlock it.
 */
export function referenceCandidates(definition: PathDefinition, ownId: string): Reference[] {
  const own = findNode(definition, ownId);
  const excluded = new Set([ownId, ...(own ? [...own.ancestors, ...descendantIds(own.node)] : [])]);
  const nodes = nodeEntries(definition)
    .filter((entry) => !excluded.has(entry.node.id))
    .map(({ node }) => ({ id: node.id, title: nodeTitle(node), kind: 'node' as const }));
  const tiers = (definition.tiers ?? [])
    .filter((tier) => tier.id !== ownId)
    .map((tier) => ({ id: tier.id, title: tier.title || tier.id, kind: 'tier' as const }));
  return [...nodes, ...tiers];
}

/** What an author reads for a node: its title, else its course key, else its id. */
export function nodeTitle(node: PathNode): string {
  if (node.title) return node.title;
  return isStep(node) ? node.course : node.id;
}

/** The groups a node may move into: every group but its own, itself and those inside it. */
export function moveTargets(definition: PathDefinition, id: string): NodeEntry[] {
  const own = findNode(definition, id);
  const excluded = new Set(own ? [id, own.parentId, ...descendantIds(own.node)] : [id]);
  return nodeEntries(definition).filter((entry) => !isStep(entry.node) && !excluded.has(entry.node.id));
}

/** The title of whatever an id names (a node or a tier), or the id itself when nothing has it. */
export function referenceTitle(definition: PathDefinition, id: string): string {
  const entry = findNode(definition, id);
  if (entry) return nodeTitle(entry.node);
  const tier = definition.tiers?.find((candidate) => candidate.id === id);
  return tier?.title || id;
}
