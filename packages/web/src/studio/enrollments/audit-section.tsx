// The path's enrollment audit log, newest first: who changed whose enrollment, when and why;
// filtered to one learner, paged.
import { useId, useState, type FormEvent } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { auditChange } from './audit-change.ts';
import type { AuditRow } from './enrollments-api.ts';
import { Pager } from './pager.tsx';
import { ResponsiveTable } from './responsive-table.tsx';
import { useApi } from '../../shared/api/use-api.ts';
import { actionMessages, messages, sourceMessages } from './messages.ts';

const PAGE_SIZE = 25;

export function AuditSection({ pathKey, refresh }: { readonly pathKey: string; readonly refresh: number }) {
  const intl = useIntl();
  const fieldId = useId();
  const [typed, setTyped] = useState('');
  const [learner, setLearner] = useState('');
  const [offset, setOffset] = useState(0);
  const { data, error } = useApi(
    '/api/v1/paths/{key}/audit',
    { params: { key: pathKey }, query: { ...(learner === '' ? {} : { learner }), limit: PAGE_SIZE, offset } },
    refresh,
  );
  const filter = (value: string) => {
    setLearner(value);
    setOffset(0);
  };
  // A name the server adds later shows as it is.
  const named = (known: Readonly<Record<string, MessageDescriptor>>, name: string) => {
    const descriptor = known[name];
    return descriptor ? intl.formatMessage(descriptor) : name;
  };
  const change = (entry: AuditRow) => {
    const found = auditChange(entry.action, entry.before, entry.after);
    if (found.kind === 'version')
      return found.from === null
        ? intl.formatMessage(messages.versionTo, { to: found.to })
        : intl.formatMessage(messages.versionChange, { from: found.from, to: found.to });
    if (found.kind === 'source')
      return intl.formatMessage(messages.sourceChange, { source: named(sourceMessages, found.source) });
    return '';
  };

  return (
    <section id="audit" aria-labelledby="audit-heading" className="lp-section">
      <h2 id="audit-heading" className="h3">
        {intl.formatMessage(messages.auditHeading)}
      </h2>
      <Form
        role="search"
        aria-label={intl.formatMessage(messages.auditFilterLabel)}
        className="lp-filters"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          filter(typed.trim());
        }}
      >
        <Form.Group controlId={fieldId} className="mb-0 lp-filters-search">
          <Form.Label>{intl.formatMessage(messages.auditLearner)}</Form.Label>
          <div className="lp-row lp-row-tight">
            <Form.Control
              value={typed}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTyped(event.target.value)}
            />
            <Button type="submit" variant="outline-primary">
              {intl.formatMessage(messages.filterButton)}
            </Button>
            {learner !== '' && (
              <Button
                variant="tertiary"
                onClick={() => {
                  setTyped('');
                  filter('');
                }}
              >
                {intl.formatMessage(messages.clearFilter)}
              </Button>
            )}
          </div>
        </Form.Group>
      </Form>
      {error && <ApiErrorAlert error={error} />}
      {data?.items.length === 0 && <p>{intl.formatMessage(messages.noAudit)}</p>}
      {data && data.items.length > 0 && (
        <ResponsiveTable
          caption={intl.formatMessage(messages.auditTable)}
          rows={data.items}
          rowKey={(entry) => String(entry.id)}
          columns={[
            {
              header: intl.formatMessage(messages.whenColumn),
              cell: (entry) => intl.formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'short' }),
            },
            { header: intl.formatMessage(messages.learnerColumn), cell: (entry) => entry.learner },
            {
              header: intl.formatMessage(messages.actionColumn),
              cell: (entry) => named(actionMessages, entry.action),
            },
            { header: intl.formatMessage(messages.detailColumn), cell: change },
            { header: intl.formatMessage(messages.byColumn), cell: (entry) => entry.actor },
            { header: intl.formatMessage(messages.reasonColumn), cell: (entry) => entry.reason ?? '' },
          ]}
        />
      )}
      {data && (
        <Pager
          label={intl.formatMessage(messages.auditPages)}
          total={data.total}
          limit={PAGE_SIZE}
          offset={offset}
          onChange={setOffset}
        />
      )}
    </section>
  );
}
