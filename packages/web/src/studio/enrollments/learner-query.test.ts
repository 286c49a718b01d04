import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUERY,
  learnerFilterParams,
  learnerPageParams,
  readLearnerQuery,
  writeLearnerQuery,
} from './learner-query.ts';

describe('the learner list state in the query string', () => {
  it('reads defaults from an empty query string and leaves them out when writing', () => {
    expect(readLearnerQuery(new URLSearchParams())).toEqual(DEFAULT_QUERY);
    expect(writeLearnerQuery(DEFAULT_QUERY).toString()).toBe('');
  });

  it('round-trips a filtered, sorted page and keeps unrelated parameters', () => {
    const query = {
      search: 'ada',
      status: 'in_progress',
      tier: 'none',
      step: 'stats',
      position: 'waiting',
      sort: 'progress',
      order: 'desc',
      page: 3,
    } as const;
    const written = writeLearnerQuery(query, new URLSearchParams('other=1&page=9'));
    expect(written.get('other')).toBe('1');
    expect(readLearnerQuery(written)).toEqual(query);
  });

  it('falls back to defaults for unknown or malformed values', () => {
    expect(
      readLearnerQuery(
        new URLSearchParams('status=lost&position=lost&sort=height&order=up&page=-2&search=%20%20'),
      ),
    ).toEqual(DEFAULT_QUERY);
    expect(readLearnerQuery(new URLSearchParams('page=2.5')).page).toBe(1);
  });

  it('gives the API its filters, and the offset of the page', () => {
    const query = { ...DEFAULT_QUERY, search: 'bea', tier: 'gold', page: 3 };
    expect(learnerFilterParams(query)).toEqual({
      search: 'bea',
      tier: 'gold',
      sort: 'username',
      order: 'asc',
    });
    expect(learnerPageParams(query, 25)).toMatchObject({ limit: '25', offset: '50' });
  });
});
