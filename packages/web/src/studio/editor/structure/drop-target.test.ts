import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { isStep, type GroupNode, type PathDefinition, type PathNode } from '@learning-paths/core';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import { findNode } from '../state/node-tree.ts';
import { addNode } from '../state/tree-edits.ts';
import { dragWords } from './drag-words.ts';
import {
  currentSlot,
  dropEffect,
  dropSlots,
  listDroppableId,
  neighbourSlot,
  partAfterSlot,
  slotAtPoint,
  slotPoint,
  type Box,
} from './drop-target.ts';

const path = example as unknown as PathDefinition;
const withEmpty = addNode(path, 'root', { id: 'empty', title: 'Empty', rule: 'all', children: [] });
const slot = (groupId: string, index: number) => ({ groupId, index });

/**
 * Boxes as the editor lays the structure out: a 40 px header per row, a group's list below its
 * header indented by 20 px, 10 px between rows and 30 px for the add controls at a list's end.
 */
function layout(definition: PathDefinition): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const place = (node: PathNode, top: number, left: number): number => {
    let bottom = top + 40;
    if (!isStep(node)) {
      let y = bottom;
      for (const child of node.children) y = place(child, y, left + 20) + 10;
      bottom = y + 30;
      boxes.set(listDroppableId(node.id), { top: top + 40, bottom, left: left + 20, right: 1000 });
    }
    boxes.set(node.id, { top, bottom, left, right: 1000 });
    return bottom;
  };
  place(definition.requirements, 0, 0);
  return boxes;
}

const boxesOf = (definition: PathDefinition) => {
  const boxes = layout(definition);
  return { boxOf: (id: string) => boxes.get(id), box: (id: string) => boxes.get(id)! };
};

describe('where a dragged part lands', () => {
  it('lists every place in reading order, none inside the dragged group itself', () => {
    expect(dropSlots(path, 'intro')).toEqual([
      slot('root', 0),
      slot('core', 0),
      slot('core', 1),
      slot('core', 2),
      slot('root', 1),
      slot('electives', 0),
      slot('electives', 1),
      slot('electives', 2),
      slot('electives', 3),
      slot('root', 2),
      slot('root', 3),
    ]);
    const forCore = dropSlots(path, 'core');
    expect(forCore.some((place) => place.groupId === 'core')).toBe(false);
    expect(forCore).toContainEqual(slot('electives', 3));
    expect(dropSlots(withEmpty, 'ml')).toContainEqual(slot('empty', 0));
  });

  it('steps the keyboard from place to place, into a group and out of it', () => {
    const slots = dropSlots(path, 'ml');
    const from = currentSlot(path, 'ml')!;
    expect(from).toEqual(slot('core', 1));
    expect(neighbourSlot(slots, from, 1)).toEqual(slot('root', 2));
    expect(neighbourSlot(slots, slot('root', 2), 1)).toEqual(slot('electives', 0));
    expect(neighbourSlot(slots, from, -1)).toEqual(slot('core', 0));
    expect(neighbourSlot(slots, slot('root', 0), -1)).toBeNull();
    expect(neighbourSlot(slots, slot('root', 4), 1)).toBeNull();
    expect(currentSlot(path, 'root')).toBeNull();
  });

  it('finds the innermost list under the pointer, before the first part whose middle is below', () => {
    const { boxOf, box } = boxesOf(path);
    const viz = box('viz');
    expect(slotAtPoint(path, 'intro', { x: 100, y: viz.bottom - 5 }, boxOf)).toEqual(slot('electives', 1));
    expect(slotAtPoint(path, 'intro', { x: 100, y: viz.top + 5 }, boxOf)).toEqual(slot('electives', 0));
    // Below the last part, over the group's add controls: its end.
    expect(slotAtPoint(path, 'intro', { x: 100, y: box('list:electives').bottom - 5 }, boxOf)).toEqual(
      slot('electives', 3),
    );
    // Over a group's header: beside it in its parent, counted without the dragged part.
    expect(slotAtPoint(path, 'intro', { x: 100, y: box('electives').top + 5 }, boxOf)).toEqual(
      slot('root', 1),
    );
    // Left of a nested list, in its indent: the parent's list, here below Electives' middle.
    expect(slotAtPoint(path, 'intro', { x: 30, y: box('cv').bottom - 5 }, boxOf)).toEqual(slot('root', 2));
    // Above the root's list: nowhere.
    expect(slotAtPoint(path, 'intro', { x: 100, y: 10 }, boxOf)).toBeNull();
  });

  it('drops into an empty group, and never a group into itself', () => {
    const { boxOf, box } = boxesOf(withEmpty);
    const empty = box('list:empty');
    expect(slotAtPoint(withEmpty, 'ml', { x: 100, y: empty.top + 5 }, boxOf)).toEqual(slot('empty', 0));
    // Core dragged over its own Statistics: Core's list is skipped, the place is where Core is.
    expect(slotAtPoint(withEmpty, 'core', { x: 100, y: box('stats').top + 5 }, boxOf)).toEqual(
      slot('root', 1),
    );
  });

  it('puts the keyboard’s drag at the line of its place', () => {
    const { boxOf, box } = boxesOf(withEmpty);
    expect(slotPoint(withEmpty, 'intro', slot('electives', 1), boxOf)).toEqual({
      x: box('list:electives').left,
      y: box('nlp').top,
    });
    expect(slotPoint(withEmpty, 'intro', slot('core', 2), boxOf)).toEqual({
      x: box('list:core').left,
      y: box('ml').bottom,
    });
    expect(slotPoint(withEmpty, 'intro', slot('empty', 0), boxOf)).toEqual({
      x: box('list:empty').left,
      y: box('list:empty').top,
    });
    expect(slotPoint(withEmpty, 'intro', slot('stats', 0), boxOf)).toBeNull();
  });

  it('draws the line before the part at the place, counting without the dragged one', () => {
    const electives = findNode(path, 'electives')!.node as GroupNode;
    expect(partAfterSlot(electives, 'intro', slot('electives', 1))).toBe('nlp');
    expect(partAfterSlot(electives, 'viz', slot('electives', 1))).toBe('cv');
    expect(partAfterSlot(electives, 'intro', slot('electives', 3))).toBeNull();
  });

  it('tells a drop that stays from a reorder and a move into another group', () => {
    expect(dropEffect(path, 'ml', slot('core', 1))).toBe('stay');
    expect(dropEffect(path, 'ml', slot('core', 0))).toBe('reorder');
    expect(dropEffect(path, 'ml', slot('electives', 1))).toBe('into');
    expect(dropEffect(path, 'ml', null)).toBe('nowhere');
    expect(dropEffect(path, 'core', slot('core', 0))).toBe('nowhere');
  });

  it('says the group and the position, counted as the group will be after the drop', () => {
    const intl = createIntl({ locale: 'en', messages: {} });
    const words = dragWords(intl, path, 'ml', slot('electives', 1));
    expect(words.start).toBe('Picked up Machine Learning.');
    expect(words.over).toBe('Machine Learning is over Electives, position 2 of 4.');
    expect(words.hint).toBe('Into Electives, position 2 of 4');
    expect(words.end).toBe('Machine Learning moved into Electives, position 2 of 4.');
    expect(dragWords(intl, path, 'ml', slot('core', 0)).end).toBe(
      'Machine Learning moved to position 1 of 2 in Core.',
    );
    expect(dragWords(intl, path, 'ml', slot('core', 1)).end).toBe(
      'Machine Learning stays at position 2 of 2 in Core.',
    );
    const nowhere = dragWords(intl, path, 'ml', null);
    expect([nowhere.over, nowhere.hint, nowhere.end]).toEqual([
      'Machine Learning is not over a group.',
      'Not over a group',
      'Machine Learning was not dropped in a group and stays where it was.',
    ]);
  });
});
