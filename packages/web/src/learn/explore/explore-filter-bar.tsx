// Explore's search and filters. The search applies when submitted (Enter or the Search button), a
// choice at once; each is a step in the browser's history. The search box follows the address, so
// that Back shows the words searched before.
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { messages as pathMessages } from '../path-page/messages.ts';
import { isFiltered, LEVELS, NO_FILTERS, type ExploreFilters } from './explore-filters.ts';
import { FilterSelect } from '../../shared/layout/filter-select.tsx';
import { messages } from './messages.ts';

export function ExploreFilterBar({
  filters,
  orgs,
  onChange,
}: {
  readonly filters: ExploreFilters;
  /** The organisations to choose from. */
  readonly orgs: readonly string[];
  readonly onChange: (filters: ExploreFilters) => void;
}) {
  const intl = useIntl();
  const [search, setSearch] = useState(filters.search);
  useEffect(() => setSearch(filters.search), [filters.search]);
  const change = (next: Partial<ExploreFilters>) => onChange({ ...filters, ...next, page: 0 });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change({ search });
  };

  return (
    <Form
      role="search"
      aria-label={intl.formatMessage(messages.filters)}
      className="lp-explore-filters"
      onSubmit={submit}
    >
      <Form.Group controlId="explore-search" className="mb-0 lp-explore-filters__search">
        <Form.Label>{intl.formatMessage(messages.search)}</Form.Label>
        <div className="lp-explore-filters__search-row">
          <Form.Control
            type="search"
            value={search}
            maxLength={200}
            placeholder={intl.formatMessage(messages.searchPlaceholder)}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)}
          />
          <Button type="submit" variant="primary">
            {intl.formatMessage(messages.searchButton)}
          </Button>
        </div>
      </Form.Group>
      <FilterSelect
        id="explore-org"
        label={messages.org}
        value={filters.org}
        onChange={(org) => change({ org })}
        choices={[
          ['', intl.formatMessage(messages.orgAny)],
          // An organisation from a shared link stays selectable even when it has no public path.
          ...[...new Set([...orgs, ...(filters.org ? [filters.org] : [])])].map((org) => [org, org] as const),
        ]}
      />
      <FilterSelect
        id="explore-level"
        label={messages.level}
        value={filters.level}
        onChange={(level) => change({ level: LEVELS.find((each) => each === level) ?? '' })}
        choices={[
          ['', intl.formatMessage(messages.levelAny)],
          ...LEVELS.map((level) => [level, intl.formatMessage(pathMessages[level])] as const),
        ]}
      />
      {isFiltered(filters) && (
        <Button
          variant="outline-primary"
          className="lp-explore-filters__clear"
          onClick={() => onChange(NO_FILTERS)}
        >
          {intl.formatMessage(messages.clear)}
        </Button>
      )}
    </Form>
  );
}
