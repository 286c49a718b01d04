// Page-number pagination as Django REST framework's PageNumberPagination answers it: `?page=` from
// 1, `{ count, next, previous, results }` with absolute URLs (the first page's link has no `page`),
// and 404 for a page past the last. `?page_size=` is an addition; the plugin's pages hold 10.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../errors.ts';
import { absoluteUrl } from '../../request-origin.ts';

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(10),
});

export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    count: z.number().int(),
    next: z.string().nullable(),
    previous: z.string().nullable(),
    results: z.array(item),
  });
}

export function pageBounds({ page, page_size }: PageQuery): { limit: number; offset: number } {
  return { limit: page_size, offset: (page - 1) * page_size };
}

export function paginated<T>(
  request: FastifyRequest,
  { page, page_size }: PageQuery,
  total: number,
  results: T[],
): { count: number; next: string | null; previous: string | null; results: T[] } {
  if (page > 1 && results.length === 0) throw new AppError('not_found', 'Invalid page.');
  const link = (target: number) => {
    const url = new URL(absoluteUrl(request, request.url));
    if (target === 1) url.searchParams.delete('page');
    else url.searchParams.set('page', String(target));
    return url.toString();
  };
  return {
    count: total,
    next: page * page_size < total ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results,
  };
}
