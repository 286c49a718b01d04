import { describe, expect, it } from 'vitest';
import { validatePath, type GroupNode, type PathDefinition } from '@learning-paths/core';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import { blankDefinition } from './blank-definition.ts';
import { findNode, slug } from './node-tree.ts';
import {
  addNode,
  canMoveInto,
  changeCourse,
  groupRoot,
  moveAmongSiblings,
  moveNode,
  newGroup,
  newStep,
  removeNode,
  renameId,
  renameProblem,
  replaceNode,
  retitle,
  setGroupRule,
  updateNode,
} from './tree-edits.ts';

const path = example as unknown as PathDefinition;
const childIds = (definition: PathDefinition, groupId: string) =>
  (findNode(definition, groupId)!.node as GroupNode).children.map((child) => child.id);

describe('tree edits', () => {
  it('adds steps for catalog courses with ids made from their titles, never taken twice', () => {
    let definition = blankDefinition();
    const course = { key: 'course-v1:DemoU+DS100+2026', title: 'Introduction to Data Science' };
    definition = addNode(definition, 'root', newStep(definition, course));
    definition = addNode(definition, 'root', newStep(definition, { ...course, key: 'course-v1:X+DS100+1' }));
    expect(definition.requirements).toMatchObject({
      children: [
        { id: 'introduction-to-data-science', title: course.title, course: 'course-v1:DemoU+DS100+2026' },
        { id: 'introduction-to-data-science-2', course: 'course-v1:X+DS100+1' },
      ],
    });
    const group = newGroup(definition);
    expect(group).toEqual({ id: 'group', rule: 'all', children: [] });
    expect(childIds(addNode(definition, 'root', group, 0), 'root')).toEqual([
      'group',
      'introduction-to-data-science',
      'introduction-to-data-science-2',
    ]);
  });

  it('retitles a part, its id following the title when asked, with every reference', () => {
    const fixed = retitle(path, 'core', 'Core Courses', false);
    expect(fixed.id).toBe('core');
    expect(findNode(fixed.definition, 'core')!.node.title).toBe('Core Courses');

    const followed = retitle(path, 'core', 'Core Courses', true);
    expect(followed.id).toBe('core-courses');
    expect(followed.definition.tiers![0]!.requires).toEqual(['intro', 'core-courses']);
    // Unique in the path, the part's own id aside; an empty title gives the kind's name.
    expect(retitle(path, 'core', 'Statistics', true).id).toBe('statistics');
    expect(retitle(path, 'core', 'Stats', true).id).toBe('stats-2');
    expect(retitle(path, 'core', '  ', true).id).toBe('group');
    expect(retitle(path, 'ml', undefined, true).id).toBe('ds120');
    const tier = retitle(path, 'advanced', 'Café Diplôme', true);
    expect(tier.definition.tiers![1]).toMatchObject({ id: 'cafe-diplome', title: 'Café Diplôme' });
    expect(retitle(path, 'advanced', undefined, true).definition.tiers![1]).toMatchObject({
      id: 'tier',
      title: '',
    });
  });

  it('makes ids from long titles short, cut at a word', () => {
    expect(slug('An Introduction to the Statistical Foundations of Machine Learning')).toBe(
      'an-introduction-to-the-statistical',
    );
    expect(slug('Data: Science & Ethics!')).toBe('data-science-ethics');
  });

  it('updates fields, an undefined value removing one, and leaves other branches as they were', () => {
    const updated = updateNode(path, 'ml', { criteria: { grade: 0.8 }, title: undefined });
    expect(findNode(updated, 'ml')!.node).toEqual({
      id: 'ml',
      course: 'course-v1:DemoU+DS120+2026',
      criteria: { grade: 0.8 },
    });
    const electives = (definition: PathDefinition) => findNode(definition, 'electives')!.node;
    expect(electives(updated)).toBe(electives(path));
    expect(findNode(replaceNode(path, 'viz', { id: 'viz', course: 'course-v1:A+B+C' }), 'viz')!.node).toEqual(
      {
        id: 'viz',
        course: 'course-v1:A+B+C',
      },
    );
  });

  it('removes a node with its children and every reference to them', () => {
    const removed = removeNode(path, 'core');
    expect(childIds(removed, 'root')).toEqual(['intro', 'electives', 'capstone']);
    expect(findNode(removed, 'capstone')!.node.prerequisites).toEqual(['electives']);
    expect(removed.tiers![0]!.requires).toEqual(['intro']);
    const noPrerequisites = removeNode(removed, 'electives');
    expect(findNode(noPrerequisites, 'capstone')!.node).not.toHaveProperty('prerequisites');
    expect(removeNode(path, 'root')).toBe(path);
  });

  it('reorders among siblings, and does nothing past either end', () => {
    expect(childIds(moveAmongSiblings(path, 'ml', -1), 'core')).toEqual(['ml', 'stats']);
    expect(childIds(moveAmongSiblings(path, 'intro', 1), 'root')).toEqual([
      'core',
      'intro',
      'electives',
      'capstone',
    ]);
    expect(moveAmongSiblings(path, 'stats', -1)).toBe(path);
    expect(moveAmongSiblings(path, 'capstone', 1)).toBe(path);
    expect(childIds(moveNode(path, 'intro', 'root', 3), 'root')).toEqual([
      'core',
      'electives',
      'capstone',
      'intro',
    ]);
  });

  it('nests a node into another group and back out, but never a group into itself', () => {
    const nested = moveNode(path, 'capstone', 'electives', 0);
    expect(childIds(nested, 'electives')).toEqual(['capstone', 'viz', 'nlp', 'cv']);
    expect(childIds(nested, 'root')).toEqual(['intro', 'core', 'electives']);
    expect(childIds(moveNode(nested, 'capstone', 'root', 99), 'root')).toEqual([
      'intro',
      'core',
      'electives',
      'capstone',
    ]);
    const groupInGroup = addNode(path, 'core', { id: 'inner', rule: 'all', children: [] });
    expect(moveNode(groupInGroup, 'core', 'inner', 0)).toBe(groupInGroup);
    expect(moveNode(path, 'core', 'core', 0)).toBe(path);
    expect(moveNode(path, 'root', 'core', 0)).toBe(path);
    expect(moveNode(path, 'intro', 'stats', 0)).toBe(path);
  });

  it('allows a move into any group but the node itself and those inside it', () => {
    const nested = addNode(path, 'core', { id: 'inner', rule: 'all', children: [] });
    expect(canMoveInto(nested, 'intro', 'inner')).toBe(true);
    expect(canMoveInto(nested, 'ml', 'electives')).toBe(true);
    expect(canMoveInto(nested, 'inner', 'root')).toBe(true);
    // A group into itself or into a group inside it.
    expect(canMoveInto(nested, 'core', 'core')).toBe(false);
    expect(canMoveInto(nested, 'core', 'inner')).toBe(false);
    expect(canMoveInto(nested, 'root', 'core')).toBe(false);
    // Into a step, or with an id nothing has.
    expect(canMoveInto(nested, 'intro', 'stats')).toBe(false);
    expect(canMoveInto(nested, 'intro', 'nowhere')).toBe(false);
    expect(canMoveInto(nested, 'nothing', 'core')).toBe(false);
  });

  it('renames a node or a tier with every reference, refusing taken and malformed ids', () => {
    const renamed = renameId(renameId(path, 'core', 'core-courses'), 'foundation', 'basic');
    expect(findNode(renamed, 'core-courses')).toBeDefined();
    expect(findNode(renamed, 'capstone')!.node.prerequisites).toEqual(['core-courses', 'electives']);
    expect(renamed.tiers!.map((tier) => [tier.id, tier.requires])).toEqual([
      ['basic', ['intro', 'core-courses']],
      ['advanced', ['basic', 'electives', 'capstone']],
    ]);
    expect(validatePath(renamed).valid).toBe(true);
    expect(renameProblem(path, 'core', 'ml')).toBe('taken');
    expect(renameProblem(path, 'core', 'foundation')).toBe('taken');
    expect(renameProblem(path, 'core', 'has space')).toBe('format');
    expect(renameProblem(path, 'core', '')).toBe('format');
    expect(renameProblem(path, 'core', 'core')).toBeNull();
    expect(renameId(path, 'core', 'ml')).toBe(path);
  });

  it('keeps count for atLeast groups only, starting at one', () => {
    const all = setGroupRule(path, 'electives', 'all');
    expect(findNode(all, 'electives')!.node).not.toHaveProperty('count');
    expect(findNode(setGroupRule(all, 'electives', 'atLeast'), 'electives')!.node).toMatchObject({
      count: 1,
    });
    const credits = updateNode(all, 'electives', { credits: 6 });
    expect(findNode(setGroupRule(credits, 'electives', 'atLeast'), 'electives')!.node).not.toHaveProperty(
      'count',
    );
    expect(validatePath(setGroupRule(path, 'core', 'all')).valid).toBe(true);
  });

  it('points a step at another course, taking its title, and leaves groups alone', () => {
    const course = { key: 'course-v1:DemoU+DS999+2026', title: 'Deep Learning' };
    const changed = changeCourse(path, 'ml', course);
    expect(findNode(changed, 'ml')!.node).toMatchObject({
      id: 'ml',
      course: course.key,
      title: 'Deep Learning',
    });
    expect(changeCourse(path, 'core', course)).toBe(path);
  });

  it('turns a lone root step into the first part of a new root group', () => {
    const single = {
      ...path,
      requirements: { id: 'root', title: 'Only', course: 'course-v1:DemoU+DS100+2026' },
      tiers: undefined,
    } as PathDefinition;
    const grouped = groupRoot(single);
    expect(grouped.requirements).toEqual({ id: 'root-2', rule: 'all', children: [single.requirements] });
    expect(validatePath(grouped).errors).toEqual([]);
    expect(groupRoot(grouped)).toBe(grouped);
  });
});
