// The dashboard's filters: their values, the API query they make, and how they are remembered
// between visits (per user, in the browser's storage; whatever is stored is checked, not trusted).
import { useCallback, useState } from 'react';

export const TYPES = ['path', 'course'] as const;
export const STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export const DATE_STATES = ['open', 'upcoming', 'ended'] as const;
export const SORTS = ['recent', 'title', 'progress'] as const;

export interface LearningFilters {
  readonly search: string;
  /** '' means any. */
  readonly type: '' | (typeof TYPES)[number];
  readonly status: '' | (typeof STATUSES)[number];
  readonly org: string;
  readonly dates: '' | (typeof DATE_STATES)[number];
  readonly sort: (typeof SORTS)[number];
}

export const NO_FILTERS: LearningFilters = {
  search: '',
  type: '',
  status: '',
  org: '',
  dates: '',
  sort: 'recent',
};

export const PAGE_SIZE = 12;

/** Whether anything narrows the list (sorting does not). */
export function isFiltered(filters: LearningFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.type !== '' ||
    filters.status !== '' ||
    filters.org !== '' ||
    filters.dates !== ''
  );
}

/** The query of GET /api/v1/me/learning for the filters and a page (from 0). */
export function learningQuery(filters: LearningFilters, page: number): URLSearchParams {
  const query = new URLSearchParams();
  const search = filters.search.trim();
  if (search !== '') query.set('search', search);
  for (const name of ['type', 'status', 'org', 'dates'] as const)
    if (filters[name] !== '') query.set(name, filters[name]);
  query.set('sort', filters.sort);
  query.set('limit', String(PAGE_SIZE));
  query.set('offset', String(page * PAGE_SIZE));
  return query;
}

const storageKey = (username: string) => `learn.myLearning.filters.${username}`;

function oneOf<T extends string, F extends string>(
  choices: readonly T[],
  value: unknown,
  fallback: F,
): T | F {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/** The filters remembered for a user, or none; a stored value that is not a valid choice is dropped. */
export function loadFilters(storage: Storage, username: string): LearningFilters {
  let stored: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(username)) ?? '{}');
    stored = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    stored = {};
  }
  return {
    search: typeof stored.search === 'string' ? stored.search.slice(0, 200) : '',
    type: oneOf(TYPES, stored.type, ''),
    status: oneOf(STATUSES, stored.status, ''),
    org: typeof stored.org === 'string' ? stored.org : '',
    dates: oneOf(DATE_STATES, stored.dates, ''),
    sort: oneOf(SORTS, stored.sort, NO_FILTERS.sort),
  };
}

export function saveFilters(storage: Storage, username: string, filters: LearningFilters): void {
  try {
    storage.setItem(storageKey(username), JSON.stringify(filters));
  } catch {
    // Storage full or disabled (private browsing): the filters are simply not remembered.
  }
}

/** The filters of the signed-in user, remembered in localStorage whenever they change. */
export function useRememberedFilters(
  username: string,
): readonly [LearningFilters, (filters: LearningFilters) => void] {
  const [filters, setFilters] = useState(() => loadFilters(window.localStorage, username));
  const update = useCallback(
    (next: LearningFilters) => {
      setFilters(next);
      saveFilters(window.localStorage, username, next);
    },
    [username],
  );
  return [filters, update] as const;
}
