// Enrollments waiting for an account with their email: who added them, when and why, where they
// stand in the LMS (a column only when the LMS reports it), and ways to cancel one or to send what
// the LMS refused again.
import { useState } from 'react';
import { Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { cancelPendingEnrollment, retryPendingLms, type PendingRow } from './enrollments-api.ts';
import { Pager } from './pager.tsx';
import { PendingLmsState } from './pending-lms-state.tsx';
import { ResponsiveTable } from './responsive-table.tsx';
import { useApi } from '../../shared/api/use-api.ts';
import { useChangeNotice } from './use-change-notice.tsx';
import { useSubmission } from './use-submission.ts';
import { messages } from './messages.ts';

const PAGE_SIZE = 25;

export function PendingSection({
  pathKey,
  refresh,
  onChanged,
}: {
  readonly pathKey: string;
  readonly refresh: number;
  readonly onChanged: () => void;
}) {
  const intl = useIntl();
  const [offset, setOffset] = useState(0);
  const { data, error } = useApi(
    '/api/v1/paths/{key}/pending-enrollments',
    { params: { key: pathKey }, query: { limit: PAGE_SIZE, offset } },
    refresh,
  );
  const [cancelling, setCancelling] = useState<PendingRow | null>(null);
  const { notice, announce, clear } = useChangeNotice(data);
  const retry = useSubmission();
  const [retrying, setRetrying] = useState<string | null>(null);
  const showLms = data?.items.some((pending) => pending.lms !== null) ?? false;

  const cancel = async (pending: PendingRow) => {
    await cancelPendingEnrollment(pathKey, pending.email);
    setCancelling(null);
    announce(intl.formatMessage(messages.pendingCancelled, { email: pending.email }));
    onChanged();
  };

  const retryLms = (email: string) => {
    clear();
    setRetrying(email);
    void retry
      .run(async () => {
        const { retried } = await retryPendingLms(pathKey, email);
        announce(intl.formatMessage(messages.lmsRetried, { retried, email }));
        onChanged();
      })
      .finally(() => setRetrying(null));
  };

  return (
    <section id="pending" aria-labelledby="pending-heading" className="lp-section">
      <h2 id="pending-heading" className="h3">
        {intl.formatMessage(messages.pendingHeading)}
      </h2>
      <p className="small">{intl.formatMessage(messages.pendingHelp)}</p>
      {notice}
      {error && <ApiErrorAlert error={error} />}
      {retry.error && <ApiErrorAlert error={retry.error} />}
      {data?.items.length === 0 && <p>{intl.formatMessage(messages.noPending)}</p>}
      {data && data.items.length > 0 && (
        <ResponsiveTable
          caption={intl.formatMessage(messages.pendingTable)}
          rows={data.items}
          rowKey={(pending) => pending.email}
          columns={[
            { header: intl.formatMessage(messages.emailColumn), cell: (pending) => pending.email },
            {
              header: intl.formatMessage(messages.addedColumn),
              cell: (pending) => intl.formatDate(pending.createdAt, { dateStyle: 'medium' }),
            },
            { header: intl.formatMessage(messages.byColumn), cell: (pending) => pending.createdBy ?? '' },
            { header: intl.formatMessage(messages.reasonColumn), cell: (pending) => pending.reason ?? '' },
            ...(showLms
              ? [
                  {
                    header: intl.formatMessage(messages.lmsColumn),
                    cell: (pending: PendingRow) => (
                      <PendingLmsState
                        email={pending.email}
                        lms={pending.lms}
                        retrying={retrying === pending.email}
                        onRetry={() => retryLms(pending.email)}
                      />
                    ),
                  },
                ]
              : []),
            {
              header: intl.formatMessage(messages.actionsColumn),
              cell: (pending) => (
                <Button
                  variant="outline-danger"
                  size="sm"
                  aria-label={intl.formatMessage(messages.cancelPendingOf, { email: pending.email })}
                  onClick={() => {
                    clear();
                    retry.clearError();
                    setCancelling(pending);
                  }}
                >
                  {intl.formatMessage(messages.cancelPending)}
                </Button>
              ),
            },
          ]}
        />
      )}
      {data && (
        <Pager
          label={intl.formatMessage(messages.pendingPages)}
          total={data.total}
          limit={PAGE_SIZE}
          offset={offset}
          onChange={(next) => {
            clear();
            retry.clearError();
            setOffset(next);
          }}
        />
      )}
      {cancelling && (
        <ConfirmDialog
          title={intl.formatMessage(messages.cancelPendingTitle, { email: cancelling.email })}
          confirmLabel={intl.formatMessage(messages.cancelPending)}
          onConfirm={() => cancel(cancelling)}
          onClose={() => setCancelling(null)}
        >
          <p>{intl.formatMessage(messages.cancelPendingBody)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
