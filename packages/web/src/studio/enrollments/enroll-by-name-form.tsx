// Enrolls the usernames or emails an instructor types or pastes, with an optional reason.
import { useId, useState, type FormEvent } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { enrollLearners, type EnrollmentResult } from './enrollments-api.ts';
import { parseLearners } from './parse-learners.ts';
import { ReasonField } from './reason-field.tsx';
import { messages } from './messages.ts';
import { useSubmission } from './use-submission.ts';

export function EnrollByNameForm({
  pathKey,
  onStart,
  onResults,
}: {
  readonly pathKey: string;
  /** The request starts: the results of an earlier one no longer stand. */
  readonly onStart: () => void;
  readonly onResults: (results: EnrollmentResult[]) => void;
}) {
  const intl = useIntl();
  const headingId = useId();
  const fieldId = useId();
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [empty, setEmpty] = useState(false);
  const { busy, error, run, clearError } = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const learners = parseLearners(text);
    setEmpty(learners.length === 0);
    if (learners.length === 0) {
      clearError();
      return;
    }
    onStart();
    await run(async () => {
      onResults(await enrollLearners(pathKey, learners, reason));
      setText('');
      setReason('');
    });
  };

  return (
    <Form aria-labelledby={headingId} onSubmit={(event: FormEvent) => void submit(event)} noValidate>
      <h3 id={headingId} className="h4">
        {intl.formatMessage(messages.byNameHeading)}
      </h3>
      <Form.Group controlId={fieldId} isInvalid={empty}>
        <Form.Label>{intl.formatMessage(messages.learnersField)}</Form.Label>
        <Form.Control
          as="textarea"
          rows={3}
          value={text}
          autoComplete="off"
          aria-invalid={empty}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
        />
        {empty ? (
          <Form.Control.Feedback type="invalid">
            {intl.formatMessage(messages.learnersMissing)}
          </Form.Control.Feedback>
        ) : (
          <Form.Control.Feedback>{intl.formatMessage(messages.learnersHelp)}</Form.Control.Feedback>
        )}
      </Form.Group>
      <ReasonField value={reason} onChange={setReason} />
      {error && <ApiErrorAlert error={error} />}
      <Button type="submit" disabled={busy}>
        {intl.formatMessage(busy ? messages.enrolling : messages.enroll)}
      </Button>
    </Form>
  );
}
