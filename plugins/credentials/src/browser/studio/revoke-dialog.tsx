// Asks for the reason before a credential is revoked (it cannot be undone), in Paragon's dialog; a
// refusal is shown in it, at the reason when the service says the reason is what is wrong.
import { useId, useState } from 'react';
import { ActionRow, Alert, Button, Form, ModalDialog } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PluginApiError } from '@learning-paths/plugin-api';
import type { StaffCredentialItem } from '../../routes/credential-views.ts';
import { studioMessages as messages } from './messages.ts';

/** The longest reason the service takes (REASON_LIMIT). */
const REASON_LIMIT = 500;

export function RevokeDialog({
  item,
  onRevoke,
  onClose,
}: {
  readonly item: StaffCredentialItem;
  readonly onRevoke: (reason: string) => Promise<void>;
  readonly onClose: () => void;
}) {
  const intl = useIntl();
  const id = useId();
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<PluginApiError | null>(null);
  const learner = item.learner.name ?? item.learner.username;
  const reasonProblem = failure?.problems.find((problem) => problem.pointer === '/reason')?.message;

  const confirm = async () => {
    setPending(true);
    setFailure(null);
    try {
      await onRevoke(reason);
    } catch (error) {
      setFailure(error as PluginApiError);
      setPending(false);
    }
  };

  return (
    <ModalDialog
      isOpen
      onClose={onClose}
      title={intl.formatMessage(messages.revokeTitle, { learner })}
      hasCloseButton={false}
      isOverflowVisible={false}
    >
      <ModalDialog.Header>
        <ModalDialog.Title>{intl.formatMessage(messages.revokeTitle, { learner })}</ModalDialog.Title>
      </ModalDialog.Header>
      <ModalDialog.Body>
        <p>{intl.formatMessage(messages.revokeBody, { tier: item.title })}</p>
        <Form.Group controlId={`${id}-reason`} isInvalid={reasonProblem !== undefined}>
          <Form.Label>{intl.formatMessage(messages.reason)}</Form.Label>
          <Form.Control
            as="textarea"
            rows={3}
            maxLength={REASON_LIMIT}
            value={reason}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)}
          />
          {reasonProblem !== undefined && (
            <Form.Control.Feedback type="invalid">{reasonProblem}</Form.Control.Feedback>
          )}
        </Form.Group>
        {failure && reasonProblem === undefined && (
          <Alert variant="danger">
            {intl.formatMessage(messages.revokeFailed, { detail: failure.message })}
          </Alert>
        )}
      </ModalDialog.Body>
      <ModalDialog.Footer>
        <ActionRow>
          <Button variant="tertiary" onClick={onClose}>
            {intl.formatMessage(messages.cancel)}
          </Button>
          <Button variant="danger" disabled={pending} onClick={() => void confirm()}>
            {intl.formatMessage(messages.revoke)}
          </Button>
        </ActionRow>
      </ModalDialog.Footer>
    </ModalDialog>
  );
}
