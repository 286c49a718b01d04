// An API error said where it happened: the server's own detail (a bad CSV, a path not published),
// with the problems of a refused request in the author's language, announced to screen readers.
import { Alert } from '@openedx/paragon';
import { ApiError } from '../../shared/api/client.ts';
import { ProblemList } from '../problem-list.tsx';

export function ApiErrorAlert({ error }: { readonly error: Error }) {
  const problems = error instanceof ApiError ? error.problems : [];
  return (
    <Alert variant="danger" role="alert">
      {problems.length === 0 ? (
        error.message
      ) : (
        <>
          <p className="mb-1">{error.message}</p>
          <ProblemList problems={problems} />
        </>
      )}
    </Alert>
  );
}
