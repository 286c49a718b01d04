// The path list's filters as they live in the page address (so that back, forward and a shared
// link keep them), and as the API's query.

export const PAGE_SIZE = 20;
export const STATUSES = ['draft', 'published', 'archived'] as const;

export interface ListQuery {
  readonly search: string;
  readonly org: string;
  readonly status: '' | (typeof STATUSES)[number];
  /** From 0. */
  readonly page: number;
}

export function readQuery(params: URLSearchParams): ListQuery {
  const status = params.get('status') ?? '';
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    search: params.get('search') ?? '',
    org: params.get('org') ?? '',
    status: (STATUSES as readonly string[]).includes(status) ? (status as ListQuery['status']) : '',
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/** The address's parameters: only those set, pages counted from 1. */
export function writeQuery(query: ListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search) params.set('search', query.search);
  if (query.org) params.set('org', query.org);
  if (query.status) params.set('status', query.status);
  if (query.page > 0) params.set('page', String(query.page + 1));
  return params;
}

/** The API's query for the filters: the page as `limit` and `offset`. */
export function apiQuery(query: ListQuery): URLSearchParams {
  const params = writeQuery({ ...query, page: 0 });
  params.set('limit', String(PAGE_SIZE));
  params.set('offset', String(query.page * PAGE_SIZE));
  return params;
}
