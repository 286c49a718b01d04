// The dashboard's filters: their values, the API query they make, how they live in the page's
// address with the page shown (?type=path&page=2), and how they are remembered for the next plain
// visit (per user, in the browser's storage). What the address or the storage says is checked.

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

/** Filters from untrusted values: a value that is not a valid choice is dropped. */
function checked(value: (name: keyof LearningFilters) => unknown): LearningFilters {
  const search = value('search');
  const org = value('org');
  return {
    search: typeof search === 'string' ? search.slice(0, 200) : '',
    type: oneOf(TYPES, value('type'), ''),
    status: oneOf(STATUSES, value('status'), ''),
    org: typeof org === 'string' ? org : '',
    dates: oneOf(DATE_STATES, value('dates'), ''),
    sort: oneOf(SORTS, value('sort'), NO_FILTERS.sort),
  };
}

/** What the dashboard shows: the filters, and the page of results (from 0). */
export interface DashboardView extends LearningFilters {
  readonly page: number;
}

export function viewFromAddress(params: URLSearchParams): DashboardView {
  const page = Number(params.get('page'));
  return {
    ...checked((name) => params.get(name) ?? undefined),
    // Shown from 1 in the address.
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/** The address's query for a view: only what is set, so a plain visit reads /learn/. */
export function addressOf(view: DashboardView): URLSearchParams {
  const params = new URLSearchParams();
  const search = view.search.trim();
  if (search !== '') params.set('search', search);
  for (const name of ['type', 'status', 'org', 'dates'] as const)
    if (view[name] !== '') params.set(name, view[name]);
  if (view.sort !== NO_FILTERS.sort) params.set('sort', view.sort);
  if (view.page > 0) params.set('page', String(view.page + 1));
  return params;
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
  return checked((name) => stored[name]);
}

export function saveFilters(storage: Storage, username: string, filters: LearningFilters): void {
  try {
    storage.setItem(storageKey(username), JSON.stringify(filters));
  } catch {
    // Storage full or disabled (private browsing): the filters are simply not remembered.
  }
}
