// The learners page's row action: a small Review button, for paths with approval steps, naming the
// learner to screen readers and saying how many of their requests wait; it opens the review dialog.
import { Badge, Button, useToggle } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { ApprovalApi } from './approval-api.ts';
import { messages } from './messages.ts';
import { refreshPathSummary, usePathSummary } from './path-summaries.ts';
import { ReviewDialog } from './review-dialog.tsx';
import { SPACE_BEFORE } from './styles.ts';

export interface LearnerRow {
  readonly username: string;
  readonly displayName?: string | null;
}

export function ReviewRowAction({
  api,
  pathKey,
  learner,
}: {
  readonly api: ApprovalApi;
  readonly pathKey: string;
  readonly learner: LearnerRow;
}) {
  const intl = useIntl();
  const [isOpen, open, close] = useToggle(false);
  const summary = usePathSummary(api, pathKey);
  if (summary === null || summary.steps.length === 0) return null;
  const waiting = summary.waiting.get(learner.username) ?? 0;
  return (
    <>
      <Button variant={waiting > 0 ? 'primary' : 'outline-primary'} size="sm" onClick={open}>
        {intl.formatMessage(messages.review)}
        <span className="sr-only">
          {' '}
          {intl.formatMessage(messages.reviewOf, { username: learner.username })}
        </span>
        {waiting > 0 && (
          <Badge variant="light" style={SPACE_BEFORE}>
            {intl.formatMessage(messages.waitingCount, { count: waiting })}
          </Badge>
        )}
      </Button>
      {isOpen && (
        <ReviewDialog
          api={api}
          pathKey={pathKey}
          learner={{ username: learner.username, name: learner.displayName ?? learner.username }}
          commentRequiredOnDecline={summary.commentRequiredOnDecline}
          onClose={close}
          onDecided={() => refreshPathSummary(api, pathKey)}
        />
      )}
    </>
  );
}
