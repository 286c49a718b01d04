// The page of paths that matches the filters, read again when they change or after an action.
import { useApi } from '../../shared/api/use-api.ts';
import type { Answer } from '../../shared/api/types.ts';
import { apiQuery, type ListQuery } from './list-query.ts';

type PathPage = Answer<'/api/v1/paths', 'get'>;
export type PathSummary = PathPage['items'][number];

type PathList =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: Error }
  | { readonly status: 'done'; readonly page: PathPage };

export function usePathList(query: ListQuery): { readonly list: PathList; readonly refresh: () => void } {
  const { data, error, reload } = useApi('/api/v1/paths', { query: apiQuery(query) });
  const list: PathList = error
    ? { status: 'failed', error }
    : data
      ? { status: 'done', page: data }
      : { status: 'loading' };
  return { list, refresh: reload };
}
