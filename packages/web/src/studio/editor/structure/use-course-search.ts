// Search-as-you-type in the course catalog: asks the API a moment after the author stops typing,
// cancelling the question before when a new one starts.
import { useEffect, useState } from 'react';
import { apiCall } from '../../../shared/api/api-call.ts';
import type { Answer } from '../../../shared/api/types.ts';

export type CatalogCourse = Answer<'/api/v1/courses', 'get'>['items'][number];

export type CourseSearch =
  | { readonly status: 'idle' }
  | { readonly status: 'searching' }
  | { readonly status: 'done'; readonly items: readonly CatalogCourse[]; readonly total: number }
  | { readonly status: 'failed'; readonly error: string };

const SEARCH_LIMIT = 8;

export function useCourseSearch(text: string, delayMs = 250): CourseSearch {
  const [search, setSearch] = useState<CourseSearch>({ status: 'idle' });
  const query = text.trim();
  useEffect(() => {
    if (query === '') {
      setSearch({ status: 'idle' });
      return;
    }
    setSearch({ status: 'searching' });
    const controller = new AbortController();
    const timer = setTimeout(() => {
      apiCall('/api/v1/courses', 'get', {
        query: { limit: SEARCH_LIMIT, search: query },
        signal: controller.signal,
      })
        .then((page) => setSearch({ status: 'done', items: page.items, total: page.total }))
        .catch((error: unknown) => {
          if (!controller.signal.aborted)
            setSearch({ status: 'failed', error: String((error as Error).message) });
        });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, delayMs]);
  return search;
}
