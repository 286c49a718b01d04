// A saved draft as the editor can hold it. Drafts are stored unfinished, and one written through
// the API may lack what the forms walk (a root node, a group's list of children, lists of tiers,
// skills and ids): those parts are filled in empty and anything unreadable in a list is left out, so
// that the editor opens and lists the draft's problems instead of failing. Nothing else changes.
import type { PathDefinition } from '@learning-paths/core';

type Value = Record<string, unknown>;

const isObject = (value: unknown): value is Value =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An empty group, where the draft has no node the editor can show. */
const emptyGroup = (id: string): Value => ({ id, rule: 'all', children: [] });

/** A list of ids, where the draft has one (prerequisites, a tier's requires). */
const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];

function editableNode(node: Value): Value {
  const own = node.prerequisites === undefined ? node : { ...node, prerequisites: ids(node.prerequisites) };
  if ('course' in node) return own;
  const children = Array.isArray(node.children) ? node.children.filter(isObject) : [];
  // A stack would not help: the server refuses drafts nested deeper than the format allows.
  return { ...own, children: children.map(editableNode) };
}

function objectsIn(value: unknown): Value[] | undefined {
  return Array.isArray(value) ? value.filter(isObject) : undefined;
}

export function editableDraft(draft: unknown): PathDefinition {
  const path: Value = isObject(draft) ? { ...draft } : {};
  path.requirements = editableNode(isObject(path.requirements) ? path.requirements : emptyGroup('root'));
  if (path.tiers !== undefined)
    path.tiers = (objectsIn(path.tiers) ?? []).map((tier) => ({ ...tier, requires: ids(tier.requires) }));
  if (path.skills !== undefined) {
    const skills: Value = isObject(path.skills) ? { ...path.skills } : {};
    for (const list of ['required', 'acquired'])
      if (skills[list] !== undefined) skills[list] = objectsIn(skills[list]) ?? [];
    path.skills = skills;
  }
  return path as unknown as PathDefinition;
}
