// Learn's path page section "Approvals", on paths with approval steps: for each such step where the
// learner stands in words, staff's comment, and asking for approval (or withdrawing the request).
import { useId } from 'react';
import { Alert, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathDefinition } from '@learning-paths/core';
import { approvalSteps } from '../approval-steps.ts';
import type { ApprovalApi } from './approval-api.ts';
import { ApprovalDetails } from './approval-details.tsx';
import { messages } from './messages.ts';
import { RequestForm } from './request-form.tsx';
import { StatusBadge } from './status-badge.tsx';
import { useLoad } from './use-load.ts';

export function LearnerApprovals({
  api,
  pathKey,
  definition,
}: {
  readonly api: ApprovalApi;
  readonly pathKey: string;
  readonly definition: PathDefinition;
}) {
  const hasSteps = approvalSteps(definition).length > 0;
  return hasSteps ? <Section api={api} pathKey={pathKey} /> : null;
}

function Section({ api, pathKey }: { readonly api: ApprovalApi; readonly pathKey: string }) {
  const intl = useIntl();
  const id = useId();
  const { data, error, reload } = useLoad(() => api.mine(pathKey), pathKey);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{intl.formatMessage(messages.sectionHeading)}</h2>
      <p>{intl.formatMessage(messages.sectionIntro)}</p>
      {error && (
        <Alert variant="danger">{intl.formatMessage(messages.loadFailed, { detail: error.message })}</Alert>
      )}
      {!data && !error && (
        <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />
      )}
      {data && !data.enrolled && <p>{intl.formatMessage(messages.enrolFirst)}</p>}
      {data?.steps.map((approval) => (
        <section
          key={approval.step}
          aria-labelledby={`${id}-${approval.step}`}
          className="border-top pt-3 mt-3"
        >
          <h3 id={`${id}-${approval.step}`} className="h4">
            {approval.title} <StatusBadge status={approval.status} />
          </h3>
          <ApprovalDetails approval={approval} audience="learner" />
          {approval.status !== 'approved' && data.enrolled && (
            <RequestForm
              key={`${approval.status} ${approval.requestedAt ?? ''}`}
              api={api}
              pathKey={pathKey}
              approval={approval}
              onChanged={reload}
            />
          )}
        </section>
      ))}
    </section>
  );
}
