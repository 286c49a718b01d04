import { expect, it } from 'vitest';
import { pathTiers, tierTitle } from './path-tiers.ts';

it('lists the definition tiers in order, then tiers only the summary counts, never `none`', () => {
  const definition = {
    tiers: [
      { id: 'silver', title: 'Silver', requires: [] },
      { id: 'gold', title: 'Gold', requires: [] },
    ],
  };
  const tiers = pathTiers(definition, { none: 3, gold: 1, bronze: 2 });
  expect(tiers).toEqual([
    { id: 'silver', title: 'Silver' },
    { id: 'gold', title: 'Gold' },
    { id: 'bronze', title: 'bronze' },
  ]);
  expect(tierTitle(tiers, 'gold')).toBe('Gold');
  expect(tierTitle(tiers, 'platinum')).toBe('platinum');
  expect(pathTiers(null, { none: 0 })).toEqual([]);
});
