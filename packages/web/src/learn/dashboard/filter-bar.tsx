// The dashboard's search, filters and sorting. Every control has a visible label; the search
// applies itself a moment after typing stops (or at once on Enter), the choices at once. On a
// phone the choices fold behind a button saying how many are set, so the cards come first.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { messages as statusMessages } from '../../shared/progress/messages.ts';
import { isFiltered, NO_FILTERS, type LearningFilters } from './learning-filters.ts';
import { FilterSelect, type Choice } from '../../shared/layout/filter-select.tsx';
import { messages } from './messages.ts';

const SEARCH_DELAY_MS = 300;

export function FilterBar({
  filters,
  orgs,
  onChange,
}: {
  readonly filters: LearningFilters;
  /** The organisations to choose from. */
  readonly orgs: readonly string[];
  readonly onChange: (filters: LearningFilters) => void;
}) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState(filters.search);
  // The search last handed up: only a change from elsewhere (clearing) replaces what is typed.
  const sent = useRef(filters.search);
  useEffect(() => {
    if (filters.search !== sent.current) setSearch((sent.current = filters.search));
  }, [filters.search]);
  const send = useCallback(
    (next: LearningFilters) => {
      sent.current = next.search;
      onChange(next);
    },
    [onChange],
  );
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => send({ ...filters, search }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, filters, send]);
  const set = (name: keyof LearningFilters) => (value: string) => onChange({ ...filters, [name]: value });
  const chosen = (['type', 'status', 'org', 'dates'] as const).filter((name) => filters[name] !== '').length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (search !== filters.search) send({ ...filters, search });
  };

  return (
    <Form
      role="search"
      aria-label={intl.formatMessage(messages.filters)}
      className="lp-filters"
      onSubmit={submit}
    >
      <Form.Group controlId="learning-search" className="mb-0">
        <Form.Label>{intl.formatMessage(messages.search)}</Form.Label>
        <Form.Control
          type="search"
          value={search}
          maxLength={200}
          placeholder={intl.formatMessage(messages.searchPlaceholder)}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)}
        />
      </Form.Group>
      <Button
        variant="outline-primary"
        className="lp-filters__toggle"
        aria-expanded={open}
        aria-controls="learning-choices"
        onClick={() => setOpen(!open)}
      >
        {intl.formatMessage(open ? messages.hideFilters : messages.showFilters, { count: chosen })}
      </Button>
      <div id="learning-choices" className={`lp-filters__choices${open ? ' lp-filters__choices--open' : ''}`}>
        <FilterSelect
          id="learning-type"
          label={messages.type}
          value={filters.type}
          onChange={set('type')}
          choices={[
            ['', messages.typeAny],
            ['path', messages.typePath],
            ['course', messages.typeCourse],
          ]}
        />
        <FilterSelect
          id="learning-status"
          label={messages.status}
          value={filters.status}
          onChange={set('status')}
          choices={[
            ['', messages.statusAny],
            ['not_started', statusMessages.not_started],
            ['in_progress', statusMessages.in_progress],
            ['completed', statusMessages.completed],
          ]}
        />
        <FilterSelect
          id="learning-org"
          label={messages.org}
          value={filters.org}
          onChange={set('org')}
          choices={[
            ['', messages.orgAny],
            // A remembered organisation stays selectable even when no item has it any more.
            ...[...new Set([...orgs, ...(filters.org ? [filters.org] : [])])].map((org): Choice => [
              org,
              org,
            ]),
          ]}
        />
        <FilterSelect
          id="learning-dates"
          label={messages.dates}
          value={filters.dates}
          onChange={set('dates')}
          choices={[
            ['', messages.datesAny],
            ['open', messages.datesOpen],
            ['upcoming', messages.datesUpcoming],
            ['ended', messages.datesEnded],
          ]}
        />
        <FilterSelect
          id="learning-sort"
          label={messages.sort}
          value={filters.sort}
          onChange={set('sort')}
          choices={[
            ['recent', messages.sortRecent],
            ['title', messages.sortTitle],
            ['progress', messages.sortProgress],
          ]}
        />
        {isFiltered(filters) && (
          <Button
            variant="outline-primary"
            className="lp-filters__clear"
            onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort })}
          >
            {intl.formatMessage(messages.clear)}
          </Button>
        )}
      </div>
    </Form>
  );
}
