// One learner's approvals on a path, for staff: each approval step with where it stands, the
// learner's note and the last decision, a decision form, and the history of what happened.
import { useId, useState } from 'react';
import { ActionRow, Alert, ModalDialog, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { DecisionAnswer } from '../views.ts';
import type { ApprovalApi } from './approval-api.ts';
import { ApprovalDetails } from './approval-details.tsx';
import { DecisionForm } from './decision-form.tsx';
import { DecisionNotice } from './decision-notice.tsx';
import { History } from './history.tsx';
import { messages } from './messages.ts';
import { StatusBadge } from './status-badge.tsx';
import { useLoad } from './use-load.ts';

export function ReviewDialog({
  api,
  pathKey,
  learner,
  commentRequiredOnDecline,
  onClose,
  onDecided,
}: {
  readonly api: ApprovalApi;
  readonly pathKey: string;
  readonly learner: { readonly username: string; readonly name: string };
  readonly commentRequiredOnDecline: boolean;
  readonly onClose: () => void;
  readonly onDecided: () => void;
}) {
  const intl = useIntl();
  const id = useId();
  const title = intl.formatMessage(messages.dialogTitle, { name: learner.name });
  const { data, error, reload } = useLoad(
    () => api.learner(pathKey, learner.username),
    `${pathKey} ${learner.username}`,
  );
  const [decided, setDecided] = useState<{ answer: DecisionAnswer; decision: 'approve' | 'decline' } | null>(
    null,
  );
  return (
    <ModalDialog
      title={title}
      isOpen
      onClose={onClose}
      hasCloseButton
      closeLabel={intl.formatMessage(messages.close)}
      size="lg"
      isOverflowVisible={false}
    >
      <ModalDialog.Header>
        <ModalDialog.Title>{title}</ModalDialog.Title>
      </ModalDialog.Header>
      <ModalDialog.Body>
        {decided && <DecisionNotice {...decided} learnerName={learner.name} />}
        {error && (
          <Alert variant="danger">{intl.formatMessage(messages.loadFailed, { detail: error.message })}</Alert>
        )}
        {!data && !error && (
          <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />
        )}
        {data?.steps.map((approval) => (
          <section
            key={approval.step}
            className="border-bottom pb-3 mb-3"
            aria-labelledby={`${id}-${approval.step}`}
          >
            <h3 id={`${id}-${approval.step}`} className="h4">
              {approval.title} <StatusBadge status={approval.status} />
            </h3>
            <ApprovalDetails approval={approval} audience="staff" />
            <DecisionForm
              api={api}
              pathKey={pathKey}
              learner={learner}
              approval={approval}
              commentRequiredOnDecline={commentRequiredOnDecline}
              onDecided={(answer, decision) => {
                setDecided({ answer, decision });
                reload();
                onDecided();
              }}
            />
          </section>
        ))}
        {data && <History entries={data.history} steps={data.steps} />}
      </ModalDialog.Body>
      <ModalDialog.Footer>
        <ActionRow>
          <ModalDialog.CloseButton variant="tertiary">
            {intl.formatMessage(messages.close)}
          </ModalDialog.CloseButton>
        </ActionRow>
      </ModalDialog.Footer>
    </ModalDialog>
  );
}
