import { expect, it } from 'vitest';
import type { PathDefinition } from '@learning-paths/core';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import { addNode, moveAmongSiblings, moveNode, removeNode, updateNode } from '../state/tree-edits.ts';
import { addTier, moveTier, removeTier, updateTier } from '../state/tier-edits.ts';
import { diffDefinitions } from './version-diff.ts';

const path = example as unknown as PathDefinition;

it('finds no change between a definition and itself, whatever the order of fields', () => {
  const reordered = Object.fromEntries(Object.entries(path).reverse()) as unknown as PathDefinition;
  expect(diffDefinitions(path, reordered)).toEqual([]);
});

it("lists the path's fields, and nodes added, removed, moved, reordered and changed", () => {
  let after: PathDefinition = { ...path, title: 'Data Science', level: 'intermediate' };
  after = addNode(after, 'electives', {
    id: 'rl',
    title: 'Reinforcement Learning',
    course: 'course-v1:DemoU+DS240+2026',
  });
  after = removeNode(after, 'intro');
  after = moveNode(after, 'capstone', 'core', 2);
  after = moveAmongSiblings(after, 'nlp', -1);
  after = updateNode(after, 'ml', { criteria: { grade: 0.75 }, weight: 2 });
  expect(diffDefinitions(path, after)).toEqual([
    { kind: 'path-changed', fields: ['level', 'title'] },
    { kind: 'node-changed', id: 'ml', title: 'Machine Learning', fields: ['criteria', 'weight'] },
    { kind: 'node-moved', id: 'capstone', title: 'Capstone Project', to: 'Core' },
    { kind: 'children-reordered', id: 'electives', title: 'Electives' },
    { kind: 'node-added', id: 'rl', title: 'Reinforcement Learning' },
    { kind: 'node-removed', id: 'intro', title: 'Introduction to Data Science' },
    { kind: 'tier-changed', id: 'foundation', title: 'Foundation Certificate', fields: ['requires'] },
  ]);
});

it('lists tiers added, removed, changed and reordered', () => {
  let after = addTier(path);
  after = updateTier(after, 'tier', { title: 'Honours', requires: ['advanced'] });
  after = updateTier(after, 'advanced', { description: 'With the capstone.' });
  after = moveTier(removeTier(after, 'foundation'), 'tier', -1);
  after = {
    ...after,
    tiers: [
      ...after.tiers!,
      { id: 'foundation', title: 'Foundation Certificate', requires: ['intro', 'core'] },
    ],
  };
  expect(diffDefinitions(path, after)).toEqual([
    { kind: 'tier-added', id: 'tier', title: 'Honours' },
    {
      kind: 'tier-changed',
      id: 'advanced',
      title: 'Advanced Certificate',
      fields: ['description', 'requires'],
    },
    { kind: 'tiers-reordered' },
  ]);
});
