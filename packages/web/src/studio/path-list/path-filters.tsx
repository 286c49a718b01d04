// The path list's filters: a search that applies a moment after typing stops, the organisation
// and the status.
import { useEffect, useState } from 'react';
import { Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { STATUSES, type ListQuery } from './list-query.ts';
import { messages } from './messages.ts';

export function PathFilters({
  query,
  organisations,
  onChange,
}: {
  readonly query: ListQuery;
  readonly organisations: readonly string[];
  readonly onChange: (query: ListQuery) => void;
}) {
  const intl = useIntl();
  const [search, setSearch] = useState(query.search);
  useEffect(() => setSearch(query.search), [query.search]);
  useEffect(() => {
    if (search === query.search) return;
    const timer = setTimeout(() => onChange({ ...query, search, page: 0 }), 300);
    return () => clearTimeout(timer);
  }, [search, query, onChange]);
  return (
    <form
      role="search"
      aria-label={intl.formatMessage(messages.filters)}
      className="path-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <Form.Group controlId="path-search" className="path-filter-search">
        <Form.Label>{intl.formatMessage(messages.search)}</Form.Label>
        <Form.Control
          type="search"
          value={search}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)}
        />
      </Form.Group>
      <Form.Group controlId="path-org">
        <Form.Label>{intl.formatMessage(messages.org)}</Form.Label>
        <Form.Control
          as="select"
          value={query.org}
          onChange={(event: React.ChangeEvent<HTMLSelectElement>) =>
            onChange({ ...query, org: event.target.value, page: 0 })
          }
        >
          <option value="">{intl.formatMessage(messages.anyOrg)}</option>
          {organisations.map((org) => (
            <option key={org}>{org}</option>
          ))}
        </Form.Control>
      </Form.Group>
      <Form.Group controlId="path-status">
        <Form.Label>{intl.formatMessage(messages.status)}</Form.Label>
        <Form.Control
          as="select"
          value={query.status}
          onChange={(event: React.ChangeEvent<HTMLSelectElement>) =>
            onChange({ ...query, status: event.target.value as ListQuery['status'], page: 0 })
          }
        >
          <option value="">{intl.formatMessage(messages.anyStatus)}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {intl.formatMessage(messages[status])}
            </option>
          ))}
        </Form.Control>
      </Form.Group>
    </form>
  );
}
