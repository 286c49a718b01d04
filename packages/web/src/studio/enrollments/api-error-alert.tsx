// An API error said where it happened: the server's own detail (a bad CSV, a path not published),
// announced to screen readers.
import { Alert } from '@openedx/paragon';

export function ApiErrorAlert({ error }: { readonly error: Error }) {
  return (
    <Alert variant="danger" role="alert">
      {error.message}
    </Alert>
  );
}
