// What a Learn screen shows while its data loads or when loading failed: a spinner with its words
// for screen readers, or the reason in plain words with a way to try again and a way back.
import { Alert, Button, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { errorWords } from '../shared/api/error-words.ts';
import { messages } from './messages.ts';

export function Loading() {
  const intl = useIntl();
  return (
    <div className="py-5 text-center">
      <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />
    </div>
  );
}

export function LoadFailed({
  error,
  onRetry,
  wayBack = true,
}: {
  readonly error: Error;
  readonly onRetry: () => void;
  /** A link back to My Learning; off on My Learning itself. */
  readonly wayBack?: boolean;
}) {
  const intl = useIntl();
  return (
    <Alert variant="danger" role="alert">
      <p>{intl.formatMessage(messages.loadFailed, { reason: errorWords(intl, error) })}</p>
      <div className="lp-load-failed__actions">
        <Button variant="outline-danger" size="sm" onClick={onRetry}>
          {intl.formatMessage(messages.tryAgain)}
        </Button>
        {wayBack && <Link to="/">{intl.formatMessage(messages.backToDashboard)}</Link>}
      </div>
    </Alert>
  );
}
