// Says, where screen readers hear it, what the decision just made was, and when the learner's
// progress has not taken it in yet.
import { Alert } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { DecisionAnswer } from '../views.ts';
import { messages } from './messages.ts';

export function DecisionNotice({
  answer,
  decision,
  learnerName,
}: {
  readonly answer: DecisionAnswer;
  readonly decision: 'approve' | 'decline';
  readonly learnerName: string;
}) {
  const intl = useIntl();
  const values = { step: answer.approval.title, name: learnerName };
  return (
    <Alert variant={decision === 'approve' ? 'success' : 'info'} role="status">
      {intl.formatMessage(decision === 'approve' ? messages.approvedNotice : messages.declinedNotice, values)}
      {!answer.progressUpdated && ` ${intl.formatMessage(messages.progressLater)}`}
    </Alert>
  );
}
