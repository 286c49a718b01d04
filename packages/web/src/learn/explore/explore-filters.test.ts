import { expect, it } from 'vitest';
import { addressOf, exploreQuery, filtersFromAddress, isFiltered, NO_FILTERS } from './explore-filters.ts';

it('reads the filters from the address, dropping what is not a valid choice', () => {
  expect(filtersFromAddress(new URLSearchParams('search=cloud&org=OpenTech&level=beginner&page=3'))).toEqual({
    search: 'cloud',
    org: 'OpenTech',
    level: 'beginner',
    page: 2,
  });
  expect(filtersFromAddress(new URLSearchParams(`level=expert&page=-2&search=${'a'.repeat(300)}`))).toEqual({
    ...NO_FILTERS,
    search: 'a'.repeat(200),
  });
  expect(filtersFromAddress(new URLSearchParams('page=1.5'))).toEqual(NO_FILTERS);
});

it('writes only what is set into the address, and asks the API for the page', () => {
  expect(addressOf(NO_FILTERS).toString()).toBe('');
  const filters = { search: ' kubernetes ', org: '', level: 'advanced', page: 1 } as const;
  expect(addressOf(filters).toString()).toBe('search=kubernetes&level=advanced&page=2');
  expect(exploreQuery(filters).toString()).toBe('search=kubernetes&level=advanced&limit=12&offset=12');
  expect(isFiltered(filters)).toBe(true);
  expect(isFiltered({ ...NO_FILTERS, search: '  ', page: 4 })).toBe(false);
});
