import { describe, expect, it } from 'vitest';
import { dataSciencePath } from '../../test/fixtures.ts';
import { validatePath } from './validate-path.ts';
import { cyclicReferences } from './reference-cycles.ts';

describe('references that would close a cycle', () => {
  it('names, for a node, itself, the groups around it, what is inside it and chains back', () => {
    const path = dataSciencePath();
    const ml = cyclicReferences(path, 'ml');
    expect(Object.fromEntries([...ml].map(([id, why]) => [id, why.kind]))).toEqual({
      ml: 'itself',
      core: 'contains',
      root: 'contains',
      // The capstone waits for core, which waits for ml; both tiers wait for core.
      capstone: 'chain',
      foundation: 'chain',
      advanced: 'chain',
    });
    expect(ml.get('capstone')!.cycle).toEqual(['ml', 'capstone', 'core', 'ml']);
    const core = cyclicReferences(path, 'core');
    expect(core.get('stats')!.kind).toBe('inside');
    // In a sequence, a later sibling waits for the earlier one: stats cannot require ml.
    expect(cyclicReferences(path, 'stats').get('ml')!.kind).toBe('chain');
    expect(cyclicReferences(path, 'stats').has('viz')).toBe(false);
  });

  it('agrees with validation: every offered reference validates, every refused one is a cycle', () => {
    const path = dataSciencePath();
    const ids = ['root', 'intro', 'core', 'stats', 'ml', 'electives', 'viz', 'nlp', 'cv', 'capstone'];
    const tiers = ['foundation', 'advanced'];
    for (const owner of [...ids, ...tiers]) {
      const refused = cyclicReferences(path, owner);
      for (const target of [...ids, ...tiers]) {
        const copy = JSON.parse(JSON.stringify(path)) as ReturnType<typeof dataSciencePath>;
        const tier = copy.tiers!.find((each) => each.id === owner) as { requires: string[] } | undefined;
        if (tier) {
          if (tier.requires.includes(target)) continue;
          tier.requires.push(target);
        } else {
          const node = findNode(copy.requirements, owner)!;
          node.prerequisites = [...((node.prerequisites as string[] | undefined) ?? []), target];
        }
        const valid = validatePath(copy).valid;
        expect([owner, target, valid]).toEqual([owner, target, !refused.has(target)]);
      }
    }
  });

  it('has nothing for an owner the document does not have', () => {
    expect(cyclicReferences(dataSciencePath(), 'nobody').size).toBe(0);
  });
});

function findNode(node: any, id: string): Record<string, unknown> | undefined {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}
