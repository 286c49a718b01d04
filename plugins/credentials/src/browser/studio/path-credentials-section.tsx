// The path's credentials on Studio's Learners page (slot studio.learners.sections): filters (tier,
// status, learner), a page at a time, the CSV export of what the filters select, and Revoke with a
// reason for those who may (authors of the path's organisation, administrators).
import { useCallback, useEffect, useId, useState } from 'react';
import { Alert, Button, Form, Hyperlink, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { StaffCredentialItem } from '../../routes/credential-views.ts';
import { RevokeDialog } from './revoke-dialog.tsx';
import { StackingTable, type Column } from './stacking-table.tsx';
import type { CredentialFilters, CredentialPage, StaffApi } from './staff-api.ts';
import { studioMessages as messages } from './messages.ts';

const PAGE_SIZE = 20;
const NO_FILTERS: CredentialFilters = { tier: '', revoked: '', search: '' };

export function PathCredentialsSection({
  api,
  pathKey,
}: {
  readonly api: StaffApi;
  readonly pathKey: string;
}) {
  const intl = useIntl();
  const id = useId();
  const [filters, setFilters] = useState<CredentialFilters>(NO_FILTERS);
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<CredentialPage | null>(null);
  const [tiers, setTiers] = useState<{ id: string; title: string }[]>([]);
  const [error, setError] = useState<Error | null>(null);
  const [revoking, setRevoking] = useState<StaffCredentialItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setError(null);
    api.credentials(pathKey, filters, offset, PAGE_SIZE).then(
      (loaded) => current && setPage(loaded),
      (failure: unknown) => current && setError(failure as Error),
    );
    return () => {
      current = false;
    };
  }, [api, pathKey, filters, offset]);
  // The tier filter names the published path's tiers and those a template remains for.
  useEffect(() => {
    api.templates(pathKey).then(
      (answer) =>
        setTiers(answer.items.map((item) => ({ id: item.tierId, title: item.tierTitle ?? item.tierId }))),
      () => setTiers([]),
    );
  }, [api, pathKey]);

  const filter = (change: Partial<CredentialFilters>) => {
    setFilters((previous) => ({ ...previous, ...change }));
    setOffset(0);
  };
  const date = (value: string) => intl.formatDate(value, { dateStyle: 'medium' });
  const revoke = useCallback(
    async (reason: string) => {
      if (!revoking) return;
      const revoked = await api.revoke(revoking.id, reason);
      setPage(
        (previous) =>
          previous && {
            ...previous,
            items: previous.items.map((item) => (item.id === revoked.id ? { ...item, ...revoked } : item)),
          },
      );
      setNotice(
        intl.formatMessage(messages.revokedNotice, {
          learner: revoking.learner.name ?? revoking.learner.username,
          tier: revoking.title,
        }),
      );
      setRevoking(null);
    },
    [api, intl, revoking],
  );

  const columns = (canRevoke: boolean): Column<StaffCredentialItem>[] => [
    {
      header: intl.formatMessage(messages.learnerColumn),
      cell: (item) => (
        <>
          <span className="d-block font-weight-bold">{item.learner.name ?? item.learner.username}</span>
          <span className="d-block small">{item.learner.username}</span>
        </>
      ),
    },
    { header: intl.formatMessage(messages.tierColumn), cell: (item) => item.title },
    { header: intl.formatMessage(messages.issuedColumn), cell: (item) => date(item.issuedAt) },
    {
      header: intl.formatMessage(messages.statusColumn),
      cell: (item) =>
        item.revokedAt === null
          ? intl.formatMessage(messages.valid)
          : intl.formatMessage(messages.revokedOn, { date: date(item.revokedAt) }),
    },
    {
      header: intl.formatMessage(messages.actionsColumn),
      cell: (item) => {
        const named = { learner: item.learner.name ?? item.learner.username, tier: item.title };
        return (
          <div className="d-flex flex-wrap align-items-center" style={{ gap: '0.5rem' }}>
            <Hyperlink destination={item.url} aria-label={intl.formatMessage(messages.viewOf, named)}>
              {intl.formatMessage(messages.view)}
            </Hyperlink>
            {canRevoke && item.revokedAt === null && (
              <Button
                variant="outline-danger"
                size="sm"
                aria-label={intl.formatMessage(messages.revokeOf, named)}
                onClick={() => {
                  setNotice(null);
                  setRevoking(item);
                }}
              >
                {intl.formatMessage(messages.revoke)}
              </Button>
            )}
          </div>
        );
      },
    },
  ];

  return (
    <section id="credentials" aria-labelledby={`${id}-heading`} className="mt-5">
      <div
        className="d-flex flex-wrap align-items-center justify-content-between"
        style={{ gap: '0.5rem 1rem' }}
      >
        <h2 id={`${id}-heading`} className="h3 mb-0">
          {intl.formatMessage(messages.heading)}
        </h2>
        <Hyperlink
          destination={api.csvUrl(pathKey, filters)}
          download
          className="btn btn-outline-primary btn-sm"
        >
          {intl.formatMessage(messages.exportCsv)}
        </Hyperlink>
      </div>
      <p className="mt-2">{intl.formatMessage(messages.listIntro)}</p>
      <Form
        role="search"
        aria-label={intl.formatMessage(messages.filtersLabel)}
        className="d-flex flex-wrap align-items-end mb-3"
        style={{ gap: '0.5rem 1rem' }}
        onSubmit={(event: React.FormEvent) => {
          event.preventDefault();
          filter({ search });
        }}
      >
        <Form.Group controlId={`${id}-tier`} className="mb-0">
          <Form.Label>{intl.formatMessage(messages.tierFilter)}</Form.Label>
          <Form.Control
            as="select"
            value={filters.tier}
            onChange={(event: React.ChangeEvent<HTMLSelectElement>) => filter({ tier: event.target.value })}
          >
            <option value="">{intl.formatMessage(messages.allTiers)}</option>
            {tiers.map((tier) => (
              <option key={tier.id} value={tier.id}>
                {tier.title}
              </option>
            ))}
          </Form.Control>
        </Form.Group>
        <Form.Group controlId={`${id}-status`} className="mb-0">
          <Form.Label>{intl.formatMessage(messages.statusFilter)}</Form.Label>
          <Form.Control
            as="select"
            value={filters.revoked}
            onChange={(event: React.ChangeEvent<HTMLSelectElement>) =>
              filter({ revoked: event.target.value as CredentialFilters['revoked'] })
            }
          >
            <option value="">{intl.formatMessage(messages.allStatuses)}</option>
            <option value="false">{intl.formatMessage(messages.validOnly)}</option>
            <option value="true">{intl.formatMessage(messages.revokedOnly)}</option>
          </Form.Control>
        </Form.Group>
        <Form.Group controlId={`${id}-search`} className="mb-0">
          <Form.Label>{intl.formatMessage(messages.searchLabel)}</Form.Label>
          <Form.Control
            type="search"
            value={search}
            maxLength={200}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)}
          />
        </Form.Group>
        <Button type="submit" variant="outline-primary">
          {intl.formatMessage(messages.search)}
        </Button>
      </Form>
      <p role="status" className="small">
        {notice}
      </p>
      {error && (
        <Alert variant="danger">{intl.formatMessage(messages.loadFailed, { detail: error.message })}</Alert>
      )}
      {page === null && !error && (
        <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />
      )}
      {page?.items.length === 0 && <p>{intl.formatMessage(messages.none)}</p>}
      {page && page.items.length > 0 && (
        <StackingTable
          caption={intl.formatMessage(messages.tableCaption)}
          columns={columns(page.canRevoke)}
          rows={page.items}
          rowKey={(item) => item.id}
        />
      )}
      {page && page.total > PAGE_SIZE && (
        <nav
          aria-label={intl.formatMessage(messages.pagesLabel)}
          className="d-flex flex-wrap align-items-center"
          style={{ gap: '0.5rem 1rem' }}
        >
          <Button
            variant="outline-primary"
            size="sm"
            disabled={offset === 0}
            onClick={() => setOffset(offset - PAGE_SIZE)}
          >
            {intl.formatMessage(messages.previous)}
          </Button>
          <span>
            {intl.formatMessage(messages.pageOf, {
              from: offset + 1,
              to: Math.min(offset + PAGE_SIZE, page.total),
              total: page.total,
            })}
          </span>
          <Button
            variant="outline-primary"
            size="sm"
            disabled={offset + PAGE_SIZE >= page.total}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {intl.formatMessage(messages.next)}
          </Button>
        </nav>
      )}
      {page && page.total <= PAGE_SIZE && page.total > 0 && (
        <p className="small">{intl.formatMessage(messages.count, { total: page.total })}</p>
      )}
      {revoking && <RevokeDialog item={revoking} onRevoke={revoke} onClose={() => setRevoking(null)} />}
    </section>
  );
}
