// Learn's "My Learning" dashboard: every path and course of the learner as cards, searched,
// filtered, sorted and paged by the API, with the filters and the page in the address (links,
// reloads and Back keep them), the last ones shown again on a plain visit, and an empty state
// that says why nothing shows.
import { useCallback, useEffect, useState } from 'react';
import { Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { useSession } from '../../shared/auth/session.tsx';
import { LoadFailed, Loading } from '../load-state.tsx';
import { useAddressFilters } from '../use-address-filters.ts';
import { useApi } from '../../shared/api/use-api.ts';
import { FilterBar } from './filter-bar.tsx';
import { LearningCard } from './learning-card.tsx';
import {
  addressOf,
  isFiltered,
  learningQuery,
  loadFilters,
  NO_FILTERS,
  PAGE_SIZE,
  saveFilters,
  viewFromAddress,
  type LearningFilters,
} from './learning-filters.ts';
import { messages } from './messages.ts';
import { Pager } from './pager.tsx';
import './dashboard.css';

function EmptyState({ filtered, onClear }: { readonly filtered: boolean; readonly onClear: () => void }) {
  const intl = useIntl();
  return (
    <div className="lp-empty">
      <h2 className="h3">{intl.formatMessage(filtered ? messages.noMatchTitle : messages.emptyTitle)}</h2>
      <p>{intl.formatMessage(filtered ? messages.noMatchText : messages.emptyText)}</p>
      {filtered ? (
        <Button variant="primary" onClick={onClear}>
          {intl.formatMessage(messages.clear)}
        </Button>
      ) : (
        <Link className="btn btn-primary" to="/explore">
          {intl.formatMessage(messages.explore)}
        </Link>
      )}
    </div>
  );
}

export function DashboardPage() {
  const intl = useIntl();
  const { user } = useSession();
  // The filters with the page: one object while the address stays, which the filter bar relies on.
  const { filters: addressed, show, bare } = useAddressFilters(viewFromAddress, addressOf);
  // A plain visit (the header's link, a bookmark) shows the filters last chosen from its first
  // render, so the list is asked for once; the address is brought in line just after.
  const [arrival, setArrival] = useState(() => {
    const remembered = { ...loadFilters(window.localStorage, user.username), page: 0 };
    return bare && addressOf(remembered).toString() !== '' ? remembered : null;
  });
  const filters = arrival ?? addressed;
  const { page } = filters;
  const { data, error, loading, reload } = useApi('/api/v1/me/learning', {
    query: learningQuery(filters, page),
  });
  useEffect(() => {
    document.title = intl.formatMessage(messages.title);
  }, [intl]);
  // Only on arriving: later, an address without a query means the filters were cleared.
  useEffect(() => {
    if (arrival === null) return;
    show(arrival, { replace: true });
    setArrival(null);
  }, []);
  const changeFilters = useCallback(
    (next: LearningFilters) => {
      const { search, type, status, org, dates, sort } = next;
      saveFilters(window.localStorage, user.username, { search, type, status, org, dates, sort });
      show({ ...next, page: 0 });
    },
    [show, user.username],
  );
  const setPage = (next: number) => show({ ...filters, page: next });
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  // Nothing at all to search through: only the empty state.
  const nothingYet = data !== undefined && data.total === 0 && !isFiltered(filters);

  return (
    <>
      <h1>{intl.formatMessage(messages.title)}</h1>
      <p className="lead">{intl.formatMessage(messages.intro)}</p>
      {!nothingYet && <FilterBar filters={filters} orgs={data?.orgs ?? []} onChange={changeFilters} />}
      <p className="lp-results small" aria-live="polite" aria-busy={loading}>
        {data &&
          !nothingYet &&
          intl.formatMessage(messages.results, { total: data.total, page: page + 1, pages })}
      </p>
      {error && <LoadFailed wayBack={false} error={error} onRetry={reload} />}
      {!data && !error && <Loading />}
      {data && data.total === 0 && (
        <EmptyState
          filtered={isFiltered(filters)}
          onClear={() => changeFilters({ ...NO_FILTERS, sort: filters.sort })}
        />
      )}
      {data && data.items.length > 0 && (
        <ul className="lp-cards" aria-busy={loading}>
          {data.items.map((item) => (
            <li key={`${item.type}:${item.key}`}>
              <LearningCard item={item} />
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pages={pages} onPage={setPage} />
    </>
  );
}
