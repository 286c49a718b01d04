// Where a pending email stands in the LMS (Open edX lets the address into the path's courses from
// the outbox): waiting (with the attempts and the last error), sent, or refused with the LMS's
// reason and a "Try again" button. The reason is the LMS's text, shown as text. Nothing without an
// LMS of its own (`lms` null).
import { Badge, Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PendingLms } from './enrollments-api.ts';
import { messages } from './messages.ts';

export function PendingLmsState({
  email,
  lms,
  retrying,
  onRetry,
}: {
  readonly email: string;
  readonly lms: PendingLms | null;
  readonly retrying: boolean;
  readonly onRetry: () => void;
}) {
  const intl = useIntl();
  if (lms === null) return null;
  if (lms.state === 'done') return <Badge variant="success">{intl.formatMessage(messages.lmsDone)}</Badge>;
  if (lms.state === 'waiting')
    return (
      <>
        <Badge variant="info">{intl.formatMessage(messages.lmsWaiting)}</Badge>
        {lms.attempts > 0 && (
          <span className="d-block small">
            {intl.formatMessage(messages.lmsAttempts, { attempts: lms.attempts })}
          </span>
        )}
        {lms.error !== null && lms.error !== '' && (
          <span className="d-block small text-break">
            {intl.formatMessage(messages.lmsLastError, { error: lms.error })}
          </span>
        )}
      </>
    );
  return (
    <>
      <span className="d-block text-danger text-break mb-1">
        {lms.error === null || lms.error === ''
          ? intl.formatMessage(messages.lmsFailedNoReason)
          : intl.formatMessage(messages.lmsFailed, { reason: lms.error })}
      </span>
      <Button
        variant="outline-primary"
        size="sm"
        aria-label={intl.formatMessage(messages.lmsRetryOf, { email })}
        disabled={retrying}
        onClick={onRetry}
      >
        {intl.formatMessage(retrying ? messages.lmsRetrying : messages.lmsRetry)}
      </Button>
    </>
  );
}
