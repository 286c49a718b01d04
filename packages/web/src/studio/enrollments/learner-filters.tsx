// The learner list's controls: search (applied on Enter or the button), status, tier, sort and
// order (applied as they change).
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { ORDERS, SORTS, STATUSES, type LearnerQuery } from './learner-query.ts';
import type { TierOption } from './path-tiers.ts';
import { messages, orderMessages, sortMessages, statusMessages } from './messages.ts';

function Select({
  label,
  value,
  onChange,
  children,
}: {
  readonly label: MessageDescriptor;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly children: ReactNode;
}) {
  const intl = useIntl();
  const id = useId();
  return (
    <Form.Group controlId={id} className="mb-0">
      <Form.Label>{intl.formatMessage(label)}</Form.Label>
      <Form.Control
        as="select"
        value={value}
        onChange={(event: React.ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      >
        {children}
      </Form.Control>
    </Form.Group>
  );
}

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
  const option = (value: string, label: MessageDescriptor) => (
    <option key={value} value={value}>
      {intl.formatMessage(label)}
    </option>
  );

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
      <Select
        label={messages.statusFilter}
        value={query.status}
        onChange={(status) => onChange({ status: status as LearnerQuery['status'] })}
      >
        {option('', messages.allStatuses)}
        {STATUSES.map((status) => option(status, statusMessages[status]))}
      </Select>
      <Select label={messages.tierFilter} value={query.tier} onChange={(tier) => onChange({ tier })}>
        {option('', messages.allTiers)}
        {tiers.map((tier) => (
          <option key={tier.id} value={tier.id}>
            {tier.title}
          </option>
        ))}
        {option('none', messages.noTier)}
      </Select>
      <Select
        label={messages.sortBy}
        value={query.sort}
        onChange={(sort) => onChange({ sort: sort as LearnerQuery['sort'] })}
      >
        {SORTS.map((sort) => option(sort, sortMessages[sort]))}
      </Select>
      <Select
        label={messages.order}
        value={query.order}
        onChange={(order) => onChange({ order: order as LearnerQuery['order'] })}
      >
        {ORDERS.map((order) => option(order, orderMessages[order]))}
      </Select>
    </Form>
  );
}
