// @vitest-environment jsdom
import { beforeEach, expect, it } from 'vitest';
import {
  addressOf,
  isFiltered,
  learningQuery,
  loadFilters,
  NO_FILTERS,
  PAGE_SIZE,
  saveFilters,
  viewFromAddress,
} from './learning-filters.ts';

beforeEach(() => localStorage.clear());

it('asks the API for the filters and the page, leaving out what is not set', () => {
  const query = learningQuery({ ...NO_FILTERS, search: '  data ', status: 'in_progress', sort: 'title' }, 2);
  expect(Object.fromEntries(query)).toEqual({
    search: 'data',
    status: 'in_progress',
    sort: 'title',
    limit: String(PAGE_SIZE),
    offset: String(2 * PAGE_SIZE),
  });
});

it('counts sorting as no filter, and blank search as none', () => {
  expect(isFiltered({ ...NO_FILTERS, sort: 'progress', search: '   ' })).toBe(false);
  expect(isFiltered({ ...NO_FILTERS, org: 'DemoU' })).toBe(true);
});

it('remembers filters per user, and drops stored values that are not choices', () => {
  const filters = { ...NO_FILTERS, search: 'ml', type: 'path', dates: 'ended', org: 'DemoU' } as const;
  saveFilters(localStorage, 'ada', filters);
  expect(loadFilters(localStorage, 'ada')).toEqual(filters);
  expect(loadFilters(localStorage, 'bea')).toEqual(NO_FILTERS);
  localStorage.setItem(
    'learn.myLearning.filters.bea',
    JSON.stringify({ type: 'video', status: 'done', sort: 42, search: 7 }),
  );
  expect(loadFilters(localStorage, 'bea')).toEqual(NO_FILTERS);
  localStorage.setItem('learn.myLearning.filters.bea', '{not json');
  expect(loadFilters(localStorage, 'bea')).toEqual(NO_FILTERS);
});

it('writes the view to the address with only what is set, and reads it back checked', () => {
  const view = { ...NO_FILTERS, search: ' ml ', type: 'course', sort: 'title', page: 2 } as const;
  expect(addressOf(view).toString()).toBe('search=ml&type=course&sort=title&page=3');
  expect(viewFromAddress(addressOf(view))).toEqual({ ...view, search: 'ml' });
  expect(addressOf({ ...NO_FILTERS, page: 0 }).toString()).toBe('');
  expect(viewFromAddress(new URLSearchParams('type=video&status=done&sort=42&page=-1&dates=ended'))).toEqual({
    ...NO_FILTERS,
    dates: 'ended',
    page: 0,
  });
});
