// The path editor's Approvals tab: the requests of the published path's approval steps, waiting ones
// first (the filter shows decided ones too), each with the learner's note and a decision form.
import { useId, useState } from 'react';
import { Alert, Form, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { DecisionAnswer } from '../views.ts';
import type { ApprovalApi, StatusFilter } from './approval-api.ts';
import { ApprovalDetails } from './approval-details.tsx';
import { DecisionForm } from './decision-form.tsx';
import { DecisionNotice } from './decision-notice.tsx';
import { messages } from './messages.ts';
import { StatusBadge } from './status-badge.tsx';
import { useLoad } from './use-load.ts';

const FILTERS = [
  ['waiting', messages.filterWaiting],
  ['approved', messages.filterApproved],
  ['declined', messages.filterDeclined],
  ['all', messages.filterAll],
] as const;

function Requests({ api, pathKey }: { readonly api: ApprovalApi; readonly pathKey: string }) {
  const intl = useIntl();
  const id = useId();
  const [status, setStatus] = useState<StatusFilter>('waiting');
  const [decided, setDecided] = useState<{
    answer: DecisionAnswer;
    decision: 'approve' | 'decline';
    learnerName: string;
  } | null>(null);
  const { data, error, reload } = useLoad(async () => {
    const { steps, commentRequiredOnDecline } = await api.approvalSteps(pathKey);
    const requests = steps.length > 0 ? await api.requests(pathKey, status) : null;
    return { steps, commentRequiredOnDecline, requests };
  }, `${pathKey} ${status}`);
  if (error)
    return (
      <Alert variant="danger">{intl.formatMessage(messages.loadFailed, { detail: error.message })}</Alert>
    );
  if (!data) return <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />;
  if (data.requests === null) return <p>{intl.formatMessage(messages.noApprovalSteps)}</p>;
  const { items, total } = data.requests;
  return (
    <>
      {decided && <DecisionNotice {...decided} />}
      <Form.Group controlId={`${id}-filter`} className="mb-3" style={{ maxInlineSize: '16rem' }}>
        <Form.Label>{intl.formatMessage(messages.filter)}</Form.Label>
        <Form.Control
          as="select"
          value={status}
          onChange={(event: React.ChangeEvent<HTMLSelectElement>) =>
            setStatus(event.target.value as StatusFilter)
          }
        >
          {FILTERS.map(([value, message]) => (
            <option key={value} value={value}>
              {intl.formatMessage(message)}
            </option>
          ))}
        </Form.Control>
      </Form.Group>
      <p role="status">
        {items.length === 0
          ? intl.formatMessage(messages.noRequests)
          : intl.formatMessage(messages.requestsShown, { shown: items.length, total })}
      </p>
      <ul className="list-unstyled">
        {items.map((item) => {
          const learner = { username: item.learner, name: item.displayName ?? item.learner };
          const headingId = `${id}-${item.learner}-${item.step}`;
          return (
            <li key={`${item.learner} ${item.step}`} className="border-bottom pb-3 mb-3">
              <section aria-labelledby={headingId}>
                <h3 id={headingId} className="h4">
                  {intl.formatMessage(messages.learnerAndStep, {
                    name: learner.name,
                    username: item.learner,
                    step: item.title,
                  })}{' '}
                  <StatusBadge status={item.status} />
                </h3>
                <ApprovalDetails approval={item} audience="staff" />
                <DecisionForm
                  api={api}
                  pathKey={pathKey}
                  learner={learner}
                  approval={item}
                  commentRequiredOnDecline={data.commentRequiredOnDecline}
                  onDecided={(answer, decision) => {
                    setDecided({ answer, decision, learnerName: learner.name });
                    reload();
                  }}
                />
              </section>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function ApprovalsTab({
  api,
  pathKey,
}: {
  readonly api: ApprovalApi;
  readonly pathKey: string | null;
}) {
  const intl = useIntl();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{intl.formatMessage(messages.tabHeading)}</h2>
      {pathKey === null ? (
        <p>{intl.formatMessage(messages.notSaved)}</p>
      ) : (
        <Requests api={api} pathKey={pathKey} />
      )}
    </section>
  );
}
