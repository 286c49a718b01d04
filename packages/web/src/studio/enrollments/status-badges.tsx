// Badges for a learner's status on the path, for a learner who can no longer complete it (and why),
// and for the result of one enrollment row.
import { Badge } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { EnrollmentResultKind, LearnerStatus } from './enrollments-api.ts';
import { messages, resultMessages, statusMessages } from './messages.ts';

const STATUS_VARIANTS: Record<LearnerStatus, string> = {
  not_started: 'light',
  in_progress: 'info',
  completed: 'success',
};

const RESULT_VARIANTS: Record<EnrollmentResultKind, string> = {
  enrolled: 'success',
  already_enrolled: 'light',
  pending: 'warning',
  invalid: 'danger',
  duplicate: 'light',
};

export function StatusBadge({ status }: { readonly status: LearnerStatus }) {
  const intl = useIntl();
  return <Badge variant={STATUS_VARIANTS[status]}>{intl.formatMessage(statusMessages[status])}</Badge>;
}

/** "Cannot complete", and the courses that ended first; nothing while the path can still be completed. */
export function CannotComplete({ blockedBy }: { readonly blockedBy: readonly { readonly title: string }[] }) {
  const intl = useIntl();
  if (blockedBy.length === 0) return null;
  const courses = intl.formatList(
    blockedBy.map((step) => step.title),
    { type: 'conjunction' },
  );
  return (
    <span className="d-block mt-1">
      <Badge variant="warning">{intl.formatMessage(messages.cannotComplete)}</Badge>
      <span className="d-block small">
        {intl.formatMessage(messages.cannotCompleteReason, { courses, count: blockedBy.length })}
      </span>
    </span>
  );
}

export function ResultBadge({ result }: { readonly result: EnrollmentResultKind }) {
  const intl = useIntl();
  return <Badge variant={RESULT_VARIANTS[result]}>{intl.formatMessage(resultMessages[result])}</Badge>;
}
