// Explore's filters live in the page's address (?search=…&org=…&level=…&page=…), so that a link
// shares them and Back undoes them; what the address says is checked, not trusted.
import type { Level } from '@learning-paths/core';

/** The path format's levels, in their order. */
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const satisfies readonly Level[];

export const PAGE_SIZE = 12;
const SEARCH_LENGTH = 200;

export interface ExploreFilters {
  readonly search: string;
  /** '' means any. */
  readonly org: string;
  readonly level: '' | Level;
  /** From 0. */
  readonly page: number;
}

export const NO_FILTERS: ExploreFilters = { search: '', org: '', level: '', page: 0 };

/** Whether anything narrows the list (the page does not). */
export function isFiltered(filters: ExploreFilters): boolean {
  return filters.search.trim() !== '' || filters.org !== '' || filters.level !== '';
}

export function filtersFromAddress(params: URLSearchParams): ExploreFilters {
  const level = params.get('level');
  const page = Number(params.get('page'));
  return {
    search: (params.get('search') ?? '').slice(0, SEARCH_LENGTH),
    org: params.get('org') ?? '',
    level: LEVELS.find((each) => each === level) ?? '',
    // Shown from 1 in the address.
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/** The address's query for the filters: only what is set, so a plain visit reads /learn/explore. */
export function addressOf(filters: ExploreFilters): URLSearchParams {
  const params = new URLSearchParams();
  const search = filters.search.trim();
  if (search !== '') params.set('search', search);
  if (filters.org !== '') params.set('org', filters.org);
  if (filters.level !== '') params.set('level', filters.level);
  if (filters.page > 0) params.set('page', String(filters.page + 1));
  return params;
}

/** The query of GET /api/v1/explore/paths for the filters. */
export function exploreQuery(filters: ExploreFilters): URLSearchParams {
  const query = addressOf({ ...filters, page: 0 });
  query.set('limit', String(PAGE_SIZE));
  query.set('offset', String(filters.page * PAGE_SIZE));
  return query;
}
