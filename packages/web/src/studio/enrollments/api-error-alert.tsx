// An API error said where it happened: the server's own detail (a bad CSV, a path not published),
// with the problems of a refused request in the author's language, announced to screen readers;
// no network or a service in trouble in plain words.
import { Alert } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { ApiError } from '../../shared/api/client.ts';
import { errorWords } from '../../shared/api/error-words.ts';
import { ProblemList } from '../problem-list.tsx';

export function ApiErrorAlert({ error }: { readonly error: Error }) {
  const intl = useIntl();
  const problems = error instanceof ApiError ? error.problems : [];
  return (
    <Alert variant="danger" role="alert">
      {problems.length === 0 ? (
        errorWords(intl, error)
      ) : (
        <>
          <p className="mb-1">{error.message}</p>
          <ProblemList problems={problems} />
        </>
      )}
    </Alert>
  );
}
