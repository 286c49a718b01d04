import { expect, it } from 'vitest';
import type { PathDefinition } from '@learning-paths/core';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import { findNode } from './node-tree.ts';
import { addTier, moveTier, removeTier, updateTier } from './tier-edits.ts';

const path = example as unknown as PathDefinition;

it('adds, edits, reorders and removes tiers, dropping references to a removed one', () => {
  const added = addTier(path);
  expect(added.tiers!.at(-1)).toEqual({ id: 'tier', title: '', requires: [] });
  const edited = updateTier(added, 'tier', {
    title: 'Honours',
    requires: ['advanced'],
    description: undefined,
  });
  expect(edited.tiers!.at(-1)).toEqual({ id: 'tier', title: 'Honours', requires: ['advanced'] });
  expect(moveTier(edited, 'tier', -1).tiers!.map((tier) => tier.id)).toEqual([
    'foundation',
    'tier',
    'advanced',
  ]);
  expect(moveTier(edited, 'foundation', -1)).toBe(edited);
  const removed = removeTier(edited, 'advanced');
  expect(removed.tiers).toEqual([
    { id: 'foundation', title: 'Foundation Certificate', requires: ['intro', 'core'] },
    { id: 'tier', title: 'Honours', requires: [] },
  ]);
  const withPrerequisite = { ...path, requirements: { ...path.requirements, prerequisites: ['foundation'] } };
  expect(findNode(removeTier(withPrerequisite, 'foundation'), 'root')!.node).not.toHaveProperty(
    'prerequisites',
  );
  expect(removeTier(removeTier(path, 'foundation'), 'advanced')).not.toHaveProperty('tiers');
});
