// What a Learn screen shows while its data loads or when loading failed: a spinner with its words
// for screen readers, or the reason with a way to try again.
import { Alert, Button, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { messages } from './messages.ts';

export function Loading() {
  const intl = useIntl();
  return (
    <div className="py-5 text-center">
      <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />
    </div>
  );
}

export function LoadFailed({ error, onRetry }: { readonly error: Error; readonly onRetry: () => void }) {
  const intl = useIntl();
  return (
    <Alert variant="danger" role="alert">
      <p>{intl.formatMessage(messages.loadFailed, { reason: error.message })}</p>
      <Button variant="outline-danger" size="sm" onClick={onRetry}>
        {intl.formatMessage(messages.tryAgain)}
      </Button>
    </Alert>
  );
}
