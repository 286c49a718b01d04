// Badges for a learner's status on the path and for the result of one enrollment row.
import { Badge } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { EnrollmentResultKind, LearnerStatus } from './enrollments-api.ts';
import { resultMessages, statusMessages } from './messages.ts';

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
};

export function StatusBadge({ status }: { readonly status: LearnerStatus }) {
  const intl = useIntl();
  return <Badge variant={STATUS_VARIANTS[status]}>{intl.formatMessage(statusMessages[status])}</Badge>;
}

export function ResultBadge({ result }: { readonly result: EnrollmentResultKind }) {
  const intl = useIntl();
  return <Badge variant={RESULT_VARIANTS[result]}>{intl.formatMessage(resultMessages[result])}</Badge>;
}
