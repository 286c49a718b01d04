import { expect, it } from 'vitest';
import type { PathDefinition } from '@learning-paths/core';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import { moveTargets, nodeEntries, referenceCandidates, uniqueId } from './node-tree.ts';

const path = example as unknown as PathDefinition;

it('lists nodes in document order with their pointers and ancestors', () => {
  expect(nodeEntries(path).map((entry) => [entry.node.id, entry.pointer, entry.ancestors.join('>')])).toEqual(
    [
      ['root', '/requirements', ''],
      ['intro', '/requirements/children/0', 'root'],
      ['core', '/requirements/children/1', 'root'],
      ['stats', '/requirements/children/1/children/0', 'root>core'],
      ['ml', '/requirements/children/1/children/1', 'root>core'],
      ['electives', '/requirements/children/2', 'root'],
      ['viz', '/requirements/children/2/children/0', 'root>electives'],
      ['nlp', '/requirements/children/2/children/1', 'root>electives'],
      ['cv', '/requirements/children/2/children/2', 'root>electives'],
      ['capstone', '/requirements/children/3', 'root'],
    ],
  );
});

it('offers as references everything but the node, its ancestors and its descendants', () => {
  const ids = (id: string) => referenceCandidates(path, id).map((reference) => reference.id);
  expect(ids('capstone')).toEqual([
    'intro',
    'core',
    'stats',
    'ml',
    'electives',
    'viz',
    'nlp',
    'cv',
    'foundation',
    'advanced',
  ]);
  expect(ids('core')).toEqual([
    'intro',
    'electives',
    'viz',
    'nlp',
    'cv',
    'capstone',
    'foundation',
    'advanced',
  ]);
  expect(ids('foundation')).toContain('advanced');
  expect(ids('foundation')).not.toContain('foundation');
  expect(referenceCandidates(path, 'ml')[0]).toEqual({
    id: 'intro',
    title: 'Introduction to Data Science',
    kind: 'node',
  });
});

it('makes fresh ids from any text and lists where a node may move', () => {
  expect(uniqueId(path, 'DS 100!')).toBe('ds-100');
  expect(uniqueId(path, 'core')).toBe('core-2');
  expect(uniqueId(path, '***')).toBe('node');
  expect(moveTargets(path, 'core').map((entry) => entry.node.id)).toEqual(['electives']);
  expect(moveTargets(path, 'ml').map((entry) => entry.node.id)).toEqual(['root', 'electives']);
});
