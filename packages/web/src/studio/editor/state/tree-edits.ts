// Edits of a definition's tree of nodes, as pure functions from one definition to the next: add,
// update, remove, move (reorder and nest), rename ids with their references, retitle (the id may
// follow the title), change a group's rule, a step's course, and turn a lone root step into a
// group. An edit that makes no sense (moving a group into itself) returns the definition unchanged.
import { isStep, type PathDefinition, type PathNode } from '@learning-paths/core';
import { courseNumber, descendantIds, findNode, titleId, uniqueId, usedIds } from './node-tree.ts';
import { updateTier } from './tier-edits.ts';
import { rewriteReferences, withFields } from './references.ts';

/** The tree with `change` applied to the node `id`; untouched branches are kept as they were. */
function changeNode(root: PathNode, id: string, change: (node: PathNode) => PathNode): PathNode {
  if (root.id === id) return change(root);
  if (isStep(root)) return root;
  let changed = false;
  const children = root.children.map((child) => {
    const next = changeNode(child, id, change);
    changed ||= next !== child;
    return next;
  });
  return changed ? { ...root, children } : root;
}

function changeChildren(
  definition: PathDefinition,
  groupId: string,
  change: (children: PathNode[]) => PathNode[],
): PathDefinition {
  const requirements = changeNode(definition.requirements, groupId, (node) =>
    isStep(node) ? node : { ...node, children: change([...node.children]) },
  );
  return { ...definition, requirements };
}

/** Sets (or, with undefined, removes) fields of one node. */
export function updateNode(
  definition: PathDefinition,
  id: string,
  patch: Readonly<Record<string, unknown>>,
): PathDefinition {
  return {
    ...definition,
    requirements: changeNode(definition.requirements, id, (node) => withFields(node, patch)),
  };
}

/** Replaces one node as a whole (a plugin's field gives back the node it changed). */
export function replaceNode(definition: PathDefinition, id: string, node: PathNode): PathDefinition {
  return { ...definition, requirements: changeNode(definition.requirements, id, () => node) };
}

/** Adds a node to a group, at the end unless an index is given. */
export function addNode(
  definition: PathDefinition,
  groupId: string,
  node: PathNode,
  index?: number,
): PathDefinition {
  return changeChildren(definition, groupId, (children) => {
    children.splice(index ?? children.length, 0, node);
    return children;
  });
}

/** A step for a catalog course, titled and with an id made from the course's title. */
export function newStep(
  definition: PathDefinition,
  course: { readonly key: string; readonly title: string },
): PathNode {
  return {
    id: uniqueId(definition, course.title || courseNumber(course.key)),
    title: course.title,
    course: course.key,
  };
}

/** An empty group whose children must all be completed. */
export function newGroup(definition: PathDefinition): PathNode {
  return { id: uniqueId(definition, 'group'), rule: 'all', children: [] };
}

/** Removes a node with everything inside it, and every reference to them. The root stays. */
export function removeNode(definition: PathDefinition, id: string): PathDefinition {
  const entry = findNode(definition, id);
  if (!entry || entry.parentId === null) return definition;
  const gone = new Set([id, ...descendantIds(entry.node)]);
  const without = changeChildren(definition, entry.parentId, (children) =>
    children.filter((child) => child.id !== id),
  );
  return rewriteReferences(without, (reference) => (gone.has(reference) ? null : reference));
}

/**
 * Whether the node `id` may be moved into the group `groupId`: not the root, and never into itself
 * or anything inside it, which would cut the group off from the tree.
 */
export function canMoveInto(definition: PathDefinition, id: string, groupId: string): boolean {
  const entry = findNode(definition, id);
  const target = findNode(definition, groupId);
  if (!entry || entry.parentId === null || !target || isStep(target.node)) return false;
  return groupId !== id && !descendantIds(entry.node).includes(groupId);
}

/**
 * Moves a node into a group at an index (counted without the node), to reorder or to nest. A move
 * that canMoveInto refuses leaves the definition unchanged.
 */
export function moveNode(
  definition: PathDefinition,
  id: string,
  targetGroupId: string,
  index: number,
): PathDefinition {
  const entry = findNode(definition, id);
  if (!entry?.parentId || !canMoveInto(definition, id, targetGroupId)) return definition;
  const without = changeChildren(definition, entry.parentId, (children) =>
    children.filter((child) => child.id !== id),
  );
  const size = (findNode(without, targetGroupId)!.node as { children: readonly PathNode[] }).children.length;
  return addNode(without, targetGroupId, entry.node, Math.max(0, Math.min(index, size)));
}

/** Moves a node up (-1) or down (+1) among its siblings; at either end nothing changes. */
export function moveAmongSiblings(definition: PathDefinition, id: string, delta: number): PathDefinition {
  const entry = findNode(definition, id);
  if (!entry || entry.parentId === null) return definition;
  const siblings = (findNode(definition, entry.parentId)!.node as { children: readonly PathNode[] }).children;
  const target = entry.index + delta;
  if (target < 0 || target >= siblings.length) return definition;
  return moveNode(definition, id, entry.parentId, target);
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Why `to` cannot be the new id of `from`, or null when it can. */
export function renameProblem(
  definition: PathDefinition,
  from: string,
  to: string,
): 'format' | 'taken' | null {
  if (to === from) return null;
  if (!ID_PATTERN.test(to) || to === '__proto__') return 'format';
  return usedIds(definition).has(to) ? 'taken' : null;
}

/** Renames a node or tier and every reference to it; a taken or malformed id changes nothing. */
export function renameId(definition: PathDefinition, from: string, to: string): PathDefinition {
  if (to === from || renameProblem(definition, from, to) !== null) return definition;
  const renamed = findNode(definition, from)
    ? updateNode(definition, from, { id: to })
    : {
        ...definition,
        tiers: (definition.tiers ?? []).map((tier) => (tier.id === from ? { ...tier, id: to } : tier)),
      };
  return rewriteReferences(renamed, (reference) => (reference === from ? to : reference));
}

/**
 * Sets the title of a node or tier (a node's empty title is removed; a tier's is kept, empty, for
 * the author to fill); with `followTitle`, its id becomes the one the title gives (see titleId).
 */
export function retitle(
  definition: PathDefinition,
  id: string,
  title: string | undefined,
  followTitle: boolean,
): { readonly definition: PathDefinition; readonly id: string } {
  const titled = findNode(definition, id)
    ? updateNode(definition, id, { title })
    : updateTier(definition, id, { title: title ?? '' });
  const to = followTitle ? titleId(titled, id, title) : id;
  return { definition: renameId(titled, id, to), id: to };
}

/** Changes a group's rule; `count` belongs to atLeast only, which starts at "at least 1". */
export function setGroupRule(definition: PathDefinition, id: string, rule: string): PathDefinition {
  const entry = findNode(definition, id);
  if (!entry || isStep(entry.node)) return definition;
  const count =
    rule === 'atLeast' ? (entry.node.count ?? (entry.node.credits === undefined ? 1 : undefined)) : undefined;
  return updateNode(definition, id, { rule, count });
}

/** Points a step at another catalog course; its title becomes the course's, as for a new step. */
export function changeCourse(
  definition: PathDefinition,
  id: string,
  course: { readonly key: string; readonly title: string },
): PathDefinition {
  const entry = findNode(definition, id);
  if (!entry || !isStep(entry.node)) return definition;
  return updateNode(definition, id, { course: course.key, title: course.title });
}

/** Puts a root that is a single step inside a new root group ("all"), so that it can get siblings. */
export function groupRoot(definition: PathDefinition): PathDefinition {
  const root = definition.requirements;
  if (!isStep(root)) return definition;
  return { ...definition, requirements: { id: uniqueId(definition, 'root'), rule: 'all', children: [root] } };
}
