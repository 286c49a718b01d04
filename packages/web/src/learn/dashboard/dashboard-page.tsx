// Learn's "My Learning" dashboard: every path and course of the learner as cards, searched,
// filtered, sorted and paged by the API, with the filters remembered between visits and an empty
// state that says why nothing shows.
import { useCallback, useEffect, useState } from 'react';
import { Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { useSession } from '../../shared/auth/session.tsx';
import { LoadFailed, Loading } from '../load-state.tsx';
import { useApi } from '../../shared/api/use-api.ts';
import { FilterBar } from './filter-bar.tsx';
import { LearningCard } from './learning-card.tsx';
import {
  isFiltered,
  learningQuery,
  NO_FILTERS,
  PAGE_SIZE,
  useRememberedFilters,
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
  const [filters, setFilters] = useRememberedFilters(user.username);
  const [page, setPage] = useState(0);
  const { data, error, loading, reload } = useApi('/api/v1/me/learning', {
    query: learningQuery(filters, page),
  });
  useEffect(() => {
    document.title = intl.formatMessage(messages.title);
  }, [intl]);
  const changeFilters = useCallback(
    (next: LearningFilters) => {
      setFilters(next);
      setPage(0);
    },
    [setFilters],
  );
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
      {error && <LoadFailed error={error} onRetry={reload} />}
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
