import { expect, it } from 'vitest';
import { routeUrl } from '../../shared/api/api-call.ts';
import { apiQuery, readQuery, writeQuery } from './list-query.ts';

it('reads the filters from the address, ignoring what makes no sense, and writes them back', () => {
  const query = readQuery(new URLSearchParams('search=data+sci&org=DemoU&status=archived&page=3'));
  expect(query).toEqual({ search: 'data sci', org: 'DemoU', status: 'archived', page: 2 });
  expect(writeQuery(query).toString()).toBe('search=data+sci&org=DemoU&status=archived&page=3');
  expect(readQuery(new URLSearchParams('status=lost&page=-2'))).toEqual({
    search: '',
    org: '',
    status: '',
    page: 0,
  });
  expect(writeQuery(readQuery(new URLSearchParams())).toString()).toBe('');
  expect(routeUrl('/api/v1/paths', { query: apiQuery(query) })).toBe(
    '/api/v1/paths?search=data+sci&org=DemoU&status=archived&limit=20&offset=40',
  );
});
