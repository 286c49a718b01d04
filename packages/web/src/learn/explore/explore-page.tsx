// Learn's Explore paths (/learn/explore): the public, published paths a learner may join, searched
// and filtered through the page's address (links and Back keep them), A to Z, paged by the API,
// with an empty state that says why nothing shows and offers to clear the filters.
import { useEffect } from 'react';
import { Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { useApi } from '../../shared/api/use-api.ts';
import { Pager } from '../dashboard/pager.tsx';
import '../dashboard/dashboard.css';
import { LoadFailed, Loading } from '../load-state.tsx';
import { messages as learnMessages } from '../messages.ts';
import { useAddressFilters } from '../use-address-filters.ts';
import { ExploreCard } from './explore-card.tsx';
import { ExploreFilterBar } from './explore-filter-bar.tsx';
import {
  addressOf,
  exploreQuery,
  filtersFromAddress,
  isFiltered,
  NO_FILTERS,
  PAGE_SIZE,
} from './explore-filters.ts';
import { messages } from './messages.ts';
import './explore.css';

function EmptyState({ filtered, onClear }: { readonly filtered: boolean; readonly onClear: () => void }) {
  const intl = useIntl();
  return (
    <div className="lp-empty">
      <h2 className="h3">{intl.formatMessage(filtered ? messages.noMatchTitle : messages.noneTitle)}</h2>
      <p>{intl.formatMessage(filtered ? messages.noMatchText : messages.noneText)}</p>
      {filtered && (
        <Button variant="primary" onClick={onClear}>
          {intl.formatMessage(messages.clear)}
        </Button>
      )}
    </div>
  );
}

export function ExplorePage() {
  const intl = useIntl();
  const { filters, show } = useAddressFilters(filtersFromAddress, addressOf);
  const { data, error, loading, reload } = useApi('/api/v1/explore/paths', { query: exploreQuery(filters) });
  useEffect(() => {
    document.title = intl.formatMessage(learnMessages.documentTitle, {
      title: intl.formatMessage(messages.title),
    });
  }, [intl]);
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <h1>{intl.formatMessage(messages.title)}</h1>
      <p className="lead">{intl.formatMessage(messages.intro)}</p>
      <ExploreFilterBar filters={filters} orgs={data?.orgs ?? []} onChange={show} />
      <p className="lp-results small" aria-live="polite" aria-busy={loading}>
        {data && intl.formatMessage(messages.results, { total: data.total, page: filters.page + 1, pages })}
      </p>
      {error && <LoadFailed error={error} onRetry={reload} />}
      {!data && !error && <Loading />}
      {data && data.total === 0 && (
        <EmptyState filtered={isFiltered(filters)} onClear={() => show(NO_FILTERS)} />
      )}
      {data && data.items.length > 0 && (
        <ul className="lp-cards" aria-busy={loading}>
          {data.items.map((path) => (
            <li key={path.key}>
              <ExploreCard path={path} />
            </li>
          ))}
        </ul>
      )}
      <Pager page={filters.page} pages={pages} onPage={(page) => show({ ...filters, page })} />
    </>
  );
}
