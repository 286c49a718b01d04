// The learner list's controls: search (applied on Enter or the button), status, tier, sort and
// order (applied as they change).
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { FilterSelect, type Choice } from '../../shared/layout/filter-select.tsx';
import { ORDERS, SORTS, STATUSES, type LearnerQuery } from './learner-query.ts';
import type { TierOption } from './path-tiers.ts';
import { messages, orderMessages, sortMessages, statusMessages } from './messages.ts';

export function LearnerFilters({
  query,
  tiers,
  onChange,
}: {
  readonly query: LearnerQuery;
  readonly tiers: readonly TierOption[];
  readonly onChange: (change: Partial<LearnerQuery>) => void;
}) {
  const intl = useIntl();
  const searchId = useId();
  const [search, setSearch] = useState(query.search);
  useEffect(() => setSearch(query.search), [query.search]);

  return (
    <Form
      role="search"
      aria-label={intl.formatMessage(messages.filtersLabel)}
      className="lp-filters"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onChange({ search: search.trim() });
      }}
    >
      <Form.Group controlId={searchId} className="mb-0 lp-filters-search">
        <Form.Label>{intl.formatMessage(messages.search)}</Form.Label>
        <div className="lp-row lp-row-tight">
          <Form.Control
            type="search"
            value={search}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)}
          />
          <Button type="submit" variant="outline-primary">
            {intl.formatMessage(messages.searchButton)}
          </Button>
        </div>
      </Form.Group>
      <FilterSelect
        label={messages.statusFilter}
        value={query.status}
        choices={[
          ['', messages.allStatuses],
          ...STATUSES.map((status): Choice => [status, statusMessages[status]]),
        ]}
        onChange={(status) => onChange({ status: status as LearnerQuery['status'] })}
      />
      <FilterSelect
        label={messages.tierFilter}
        value={query.tier}
        choices={[
          ['', messages.allTiers],
          ...tiers.map((tier): Choice => [tier.id, tier.title]),
          ['none', messages.noTier],
        ]}
        onChange={(tier) => onChange({ tier })}
      />
      <FilterSelect
        label={messages.sortBy}
        value={query.sort}
        choices={SORTS.map((sort): Choice => [sort, sortMessages[sort]])}
        onChange={(sort) => onChange({ sort: sort as LearnerQuery['sort'] })}
      />
      <FilterSelect
        label={messages.order}
        value={query.order}
        choices={ORDERS.map((order): Choice => [order, orderMessages[order]])}
        onChange={(order) => onChange({ order: order as LearnerQuery['order'] })}
      />
    </Form>
  );
}
