// Where a dragged part of the structure lands, as pure functions: the group and index under a
// pointer, the ordered places the keyboard steps through, and where to draw the drop cue.
import { isStep, type GroupNode, type PathDefinition, type PathNode } from '@learning-paths/core';
import { findNode, nodeEntries } from '../state/node-tree.ts';
import { canMoveInto } from '../state/tree-edits.ts';

/** A place in a group: the index among its parts counted without the dragged one, as moveNode takes. */
export interface DropSlot {
  readonly groupId: string;
  readonly index: number;
}

export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The on-screen box of a droppable: a part's row by node id, a group's list by listDroppableId. */
export type BoxOf = (droppableId: string) => Box | undefined;

/** The droppable id of a group's list; node ids cannot hold a colon, so the two never clash. */
export const listDroppableId = (groupId: string) => `list:${groupId}`;

const contains = (box: Box, point: Point) =>
  point.y >= box.top && point.y <= box.bottom && point.x >= box.left && point.x <= box.right;

export const sameSlot = (a: DropSlot | null, b: DropSlot | null) =>
  a === b || (a !== null && b !== null && a.groupId === b.groupId && a.index === b.index);

/** A group's parts without the one being dragged: what a slot's index counts. */
export function partsWithout(group: GroupNode, activeId: string): readonly PathNode[] {
  return group.children.filter((child) => child.id !== activeId);
}

/** Where the dragged node is now; null for the root or an unknown id. */
export function currentSlot(definition: PathDefinition, activeId: string): DropSlot | null {
  const entry = findNode(definition, activeId);
  return entry?.parentId ? { groupId: entry.parentId, index: entry.index } : null;
}

/** Every place the node may go, in reading order: a group's places come around its parts' own. */
export function dropSlots(definition: PathDefinition, activeId: string): DropSlot[] {
  const slots: DropSlot[] = [];
  const visit = (node: PathNode) => {
    if (isStep(node) || !canMoveInto(definition, activeId, node.id)) return;
    const parts = partsWithout(node, activeId);
    parts.forEach((part, index) => {
      slots.push({ groupId: node.id, index });
      visit(part);
    });
    slots.push({ groupId: node.id, index: parts.length });
  };
  visit(definition.requirements);
  return slots;
}

/** The place `delta` steps from `from` in dropSlots' order, or null past either end. */
export function neighbourSlot(slots: readonly DropSlot[], from: DropSlot, delta: number): DropSlot | null {
  const at = slots.findIndex((slot) => sameSlot(slot, from));
  return at < 0 ? null : (slots[at + delta] ?? null);
}

/**
 * The place under a pointer: the innermost list the node may enter that holds the point, at the
 * index of the first part whose middle lies below it. Null outside every such list.
 */
export function slotAtPoint(
  definition: PathDefinition,
  activeId: string,
  point: Point,
  boxOf: BoxOf,
): DropSlot | null {
  let best: { group: GroupNode; depth: number } | null = null;
  for (const { node, ancestors } of nodeEntries(definition)) {
    if (isStep(node) || (best && ancestors.length <= best.depth)) continue;
    const box = boxOf(listDroppableId(node.id));
    if (box && contains(box, point) && canMoveInto(definition, activeId, node.id))
      best = { group: node, depth: ancestors.length };
  }
  if (!best) return null;
  const above = partsWithout(best.group, activeId).filter((part) => {
    const box = boxOf(part.id);
    return box !== undefined && (box.top + box.bottom) / 2 < point.y;
  });
  return { groupId: best.group.id, index: above.length };
}

/** Where the keyboard puts the dragged node's top left corner to show it at a place. */
export function slotPoint(
  definition: PathDefinition,
  activeId: string,
  slot: DropSlot,
  boxOf: BoxOf,
): Point | null {
  const group = findNode(definition, slot.groupId)?.node;
  const list = boxOf(listDroppableId(slot.groupId));
  if (!group || isStep(group) || !list) return null;
  const parts = partsWithout(group, activeId);
  const next = parts[slot.index];
  const previous = parts[slot.index - 1];
  const y = next ? boxOf(next.id)?.top : previous ? boxOf(previous.id)?.bottom : list.top;
  return y === undefined ? null : { x: list.left, y };
}

/** The part a place is just before, for the drop line; null at the end of the group. */
export function partAfterSlot(group: GroupNode, activeId: string, slot: DropSlot): string | null {
  return partsWithout(group, activeId)[slot.index]?.id ?? null;
}

/** A place as people count it: the group, and the position out of the group's size after the drop. */
export function slotPosition(
  definition: PathDefinition,
  activeId: string,
  slot: DropSlot,
): { group: GroupNode; position: number; total: number } | null {
  const group = findNode(definition, slot.groupId)?.node;
  if (!group || isStep(group)) return null;
  return { group, position: slot.index + 1, total: partsWithout(group, activeId).length + 1 };
}

/** What a drop at a place does: nothing (no place, or where it is), a reorder, or a move to another group. */
export function dropEffect(
  definition: PathDefinition,
  activeId: string,
  slot: DropSlot | null,
): 'nowhere' | 'stay' | 'reorder' | 'into' {
  const from = currentSlot(definition, activeId);
  if (!slot || !from || !canMoveInto(definition, activeId, slot.groupId)) return 'nowhere';
  if (sameSlot(slot, from)) return 'stay';
  return slot.groupId === from.groupId ? 'reorder' : 'into';
}
