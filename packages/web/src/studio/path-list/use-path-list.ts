// The page of paths that matches the filters, read again when they change or after an action.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../shared/api/client.ts';
import type { Answer } from '../../shared/api/types.ts';
import { apiUrl, type ListQuery } from './list-query.ts';

type PathPage = Answer<'/api/v1/paths', 'get'>;
export type PathSummary = PathPage['items'][number];

type PathList =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'done'; readonly page: PathPage };

export function usePathList(query: ListQuery): { readonly list: PathList; readonly refresh: () => void } {
  const [list, setList] = useState<PathList>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const url = apiUrl(query);
  useEffect(() => {
    const controller = new AbortController();
    api<PathPage>(url, { signal: controller.signal })
      .then((page) => setList({ status: 'done', page }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setList({ status: 'failed', error: (error as Error).message });
      });
    return () => controller.abort();
  }, [url, round]);
  const refresh = useCallback(() => setRound((value) => value + 1), []);
  return { list, refresh };
}
