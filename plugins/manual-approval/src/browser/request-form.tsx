// The learner's part for one approval step: a note and "Ask for approval" (again after a decline),
// or, while waiting, a new note or withdrawing the request.
import { useId, useState } from 'react';
import { ActionRow, Alert, Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { TEXT_LIMIT } from '../text-limit.ts';
import type { StepApproval } from '../views.ts';
import type { ApprovalApi } from './approval-api.ts';
import { messages } from './messages.ts';

export function RequestForm({
  api,
  pathKey,
  approval,
  onChanged,
}: {
  readonly api: ApprovalApi;
  readonly pathKey: string;
  readonly approval: StepApproval;
  readonly onChanged: () => void;
}) {
  const intl = useIntl();
  const id = useId();
  const waiting = approval.status === 'waiting';
  const [note, setNote] = useState(waiting ? (approval.note ?? '') : '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      onChanged();
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const ask = waiting
    ? messages.updateNote
    : approval.status === 'declined'
      ? messages.askAgain
      : messages.ask;

  return (
    <Form
      noValidate
      aria-label={intl.formatMessage(messages.askLabel, { step: approval.title })}
      onSubmit={(event: React.FormEvent) => {
        event.preventDefault();
        void act(() => api.request(pathKey, approval.step, note.trim()));
      }}
    >
      <Form.Group controlId={`${id}-note`}>
        <Form.Label>{intl.formatMessage(messages.note)}</Form.Label>
        <Form.Control
          as="textarea"
          rows={2}
          value={note}
          maxLength={TEXT_LIMIT}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)}
        />
        <Form.Control.Feedback>
          {intl.formatMessage(messages.noteHelp, { limit: TEXT_LIMIT })}
        </Form.Control.Feedback>
      </Form.Group>
      {failure !== null && (
        <Alert variant="danger">{intl.formatMessage(messages.actionFailed, { detail: failure })}</Alert>
      )}
      <ActionRow>
        {waiting && (
          <Button
            variant="outline-danger"
            disabled={busy}
            onClick={() => void act(() => api.withdraw(pathKey, approval.step))}
          >
            {intl.formatMessage(messages.withdraw)}
          </Button>
        )}
        <Button type="submit" variant={waiting ? 'outline-primary' : 'primary'} disabled={busy}>
          {intl.formatMessage(ask)}
        </Button>
      </ActionRow>
    </Form>
  );
}
