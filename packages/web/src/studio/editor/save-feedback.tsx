// What became of the last save or publication, said next to the actions: saved (with the count of
// problems left before publishing), published, a publication refused because of problems, failed (the form keeps everything), or a conflict with someone else's save.
import { Alert, Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { Outcome } from './use-path-document.ts';
import { messages } from './messages.ts';

export function SaveFeedback({
  outcome,
  blocked,
  onDownload,
  onReload,
}: {
  readonly outcome: Outcome;
  /** A publication was refused here because the form has problems. */
  readonly blocked: boolean;
  readonly onDownload: () => void;
  readonly onReload: () => void;
}) {
  const intl = useIntl();
  if (blocked)
    return (
      <Alert variant="danger" role="alert">
        {intl.formatMessage(messages.fixFirst)}
      </Alert>
    );
  switch (outcome.kind) {
    case 'saved':
      return outcome.problems > 0 ? (
        <Alert variant="warning" role="status">
          {intl.formatMessage(messages.savedWithProblems, { count: outcome.problems })}
        </Alert>
      ) : (
        <Alert variant="success" role="status">
          {intl.formatMessage(messages.savedNote)}
        </Alert>
      );
    case 'published':
      return (
        <Alert variant="success" role="status">
          {intl.formatMessage(messages.publishedNote, {
            version: outcome.version,
            learners: outcome.learnersMoved,
          })}
        </Alert>
      );
    case 'failed':
      return (
        <Alert variant="danger" role="alert">
          {intl.formatMessage(outcome.during === 'save' ? messages.saveFailed : messages.publishFailed, {
            error: outcome.message,
          })}
        </Alert>
      );
    case 'conflict':
      return (
        <Alert
          variant="warning"
          role="alert"
          actions={[
            <Button key="download" variant="outline-primary" onClick={onDownload}>
              {intl.formatMessage(messages.downloadMine)}
            </Button>,
            <Button key="reload" onClick={onReload}>
              {intl.formatMessage(messages.loadTheirs)}
            </Button>,
          ]}
        >
          {intl.formatMessage(messages.conflict)}
        </Alert>
      );
    default:
      return null;
  }
}
