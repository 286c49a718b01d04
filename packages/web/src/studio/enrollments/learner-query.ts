// The state of the learner list (search, status, tier, step and position, sort, order, page) kept in the page's query
// string, so that a filtered list can be bookmarked and survives a reload, and turned into the
// parameters of the enrollments API.
export const STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export const SORTS = ['username', 'progress', 'enrolled', 'updated'] as const;
export const ORDERS = ['asc', 'desc'] as const;
export const POSITIONS = ['working', 'waiting', 'ended', 'notStarted', 'completed'] as const;

export type StatusFilter = (typeof STATUSES)[number] | '';
export type Sort = (typeof SORTS)[number];
export type Order = (typeof ORDERS)[number];
export type PositionFilter = (typeof POSITIONS)[number] | '';

export interface LearnerQuery {
  readonly search: string;
  readonly status: StatusFilter;
  /** A tier id, `none` for learners without a tier, or empty for all. */
  readonly tier: string;
  /** A step id: only the learners whose current step it is; empty for all. */
  readonly step: string;
  /** Only the learners in this position (working, waiting…); empty for all. */
  readonly position: PositionFilter;
  readonly sort: Sort;
  readonly order: Order;
  /** From 1. */
  readonly page: number;
}

export const DEFAULT_QUERY: LearnerQuery = {
  search: '',
  status: '',
  tier: '',
  step: '',
  position: '',
  sort: 'username',
  order: 'asc',
  page: 1,
};

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.find((candidate) => candidate === value) ?? fallback;

/** Reads the list's state from the query string; anything unknown falls back to its default. */
export function readLearnerQuery(params: URLSearchParams): LearnerQuery {
  const page = Number(params.get('page'));
  return {
    search: params.get('search')?.trim() ?? '',
    status: oneOf<StatusFilter>(STATUSES, params.get('status'), ''),
    tier: params.get('tier') ?? '',
    step: params.get('step') ?? '',
    position: oneOf<PositionFilter>(POSITIONS, params.get('position'), ''),
    sort: oneOf(SORTS, params.get('sort'), DEFAULT_QUERY.sort),
    order: oneOf(ORDERS, params.get('order'), DEFAULT_QUERY.order),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string holding the state: other parameters kept, defaults left out. */
export function writeLearnerQuery(query: LearnerQuery, params = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.keys(DEFAULT_QUERY) as (keyof LearnerQuery)[]) {
    const value = String(query[name]);
    if (value === String(DEFAULT_QUERY[name])) next.delete(name);
    else next.set(name, value);
  }
  return next;
}

/** The filters and sorting of the enrollments API (the JSON list and the CSV export). */
export interface LearnerFilterParams {
  readonly search?: string;
  readonly status?: Exclude<StatusFilter, ''>;
  readonly tier?: string;
  readonly step?: string;
  readonly position?: Exclude<PositionFilter, ''>;
  readonly sort: Sort;
  readonly order: Order;
}

export function learnerFilterParams(query: LearnerQuery): LearnerFilterParams {
  return {
    ...(query.search === '' ? {} : { search: query.search }),
    ...(query.status === '' ? {} : { status: query.status }),
    ...(query.tier === '' ? {} : { tier: query.tier }),
    ...(query.step === '' ? {} : { step: query.step }),
    ...(query.position === '' ? {} : { position: query.position }),
    sort: query.sort,
    order: query.order,
  };
}

/** The parameters of the JSON list for the query's page of `limit` learners. */
export function learnerPageParams(
  query: LearnerQuery,
  limit: number,
): LearnerFilterParams & { readonly limit: string; readonly offset: string } {
  return { ...learnerFilterParams(query), limit: String(limit), offset: String((query.page - 1) * limit) };
}
