// Staff's decision on one learner's step: a comment for the learner, then Approve or Decline. A
// decline without a comment is stopped here when the service requires one, saying why.
import { useId, useState } from 'react';
import { ActionRow, Alert, Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { TEXT_LIMIT } from '../text-limit.ts';
import type { DecisionAnswer, StepApproval } from '../views.ts';
import type { ApprovalApi } from './approval-api.ts';
import { messages } from './messages.ts';

export interface DecisionFormProps {
  readonly api: ApprovalApi;
  readonly pathKey: string;
  readonly learner: { readonly username: string; readonly name: string };
  readonly approval: StepApproval;
  readonly commentRequiredOnDecline: boolean;
  readonly onDecided: (answer: DecisionAnswer, decision: 'approve' | 'decline') => void;
}

export function DecisionForm({
  api,
  pathKey,
  learner,
  approval,
  commentRequiredOnDecline,
  onDecided,
}: DecisionFormProps) {
  const intl = useIntl();
  const id = useId();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const decide = async (decision: 'approve' | 'decline') => {
    const text = comment.trim();
    if (decision === 'decline' && commentRequiredOnDecline && text === '') {
      setMissing(true);
      document.getElementById(`${id}-comment`)?.focus();
      return;
    }
    setMissing(false);
    setFailure(null);
    setBusy(true);
    try {
      const answer = await api.decide(pathKey, approval.step, learner.username, decision, text);
      setComment('');
      onDecided(answer, decision);
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      noValidate
      aria-label={intl.formatMessage(messages.decisionsLabel, { step: approval.title, name: learner.name })}
      onSubmit={(event: React.FormEvent) => event.preventDefault()}
    >
      <Form.Group controlId={`${id}-comment`} isInvalid={missing}>
        <Form.Label>{intl.formatMessage(messages.comment)}</Form.Label>
        <Form.Control
          as="textarea"
          rows={2}
          value={comment}
          maxLength={TEXT_LIMIT}
          aria-invalid={missing}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setComment(event.target.value)}
        />
        {missing ? (
          <Form.Control.Feedback type="invalid">
            {intl.formatMessage(messages.commentRequired)}
          </Form.Control.Feedback>
        ) : (
          <Form.Control.Feedback>
            {intl.formatMessage(
              commentRequiredOnDecline ? messages.commentHelp : messages.commentHelpOptional,
              {
                limit: TEXT_LIMIT,
              },
            )}
          </Form.Control.Feedback>
        )}
      </Form.Group>
      {failure !== null && (
        <Alert variant="danger">{intl.formatMessage(messages.decisionFailed, { detail: failure })}</Alert>
      )}
      <ActionRow>
        <Button variant="success" size="sm" disabled={busy} onClick={() => void decide('approve')}>
          {intl.formatMessage(messages.approve)}
        </Button>
        <Button variant="outline-danger" size="sm" disabled={busy} onClick={() => void decide('decline')}>
          {intl.formatMessage(messages.decline)}
        </Button>
      </ActionRow>
    </Form>
  );
}
