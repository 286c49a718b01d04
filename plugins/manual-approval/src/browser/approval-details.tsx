// What there is to know about one approval: the learner's note and when they asked, and staff's
// comment with who decided and when. User text is shown as text, its line breaks kept.
import { useIntl } from 'react-intl';
import type { StepApproval } from '../views.ts';
import { messages } from './messages.ts';
import { USER_TEXT } from './styles.ts';

export function ApprovalDetails({
  approval,
  audience,
}: {
  readonly approval: StepApproval;
  readonly audience: 'staff' | 'learner';
}) {
  const intl = useIntl();
  const when = (date: string) => intl.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' });
  // While waiting, the learner's own form holds their note already.
  const showNote =
    !(audience === 'learner' && approval.status === 'waiting') &&
    (approval.requestedAt !== null || approval.note !== null);
  return (
    <>
      {showNote && (
        <>
          <p className="small font-weight-bold mb-0">
            {intl.formatMessage(audience === 'staff' ? messages.learnerNote : messages.yourNote)}
          </p>
          <p className="mb-0" style={USER_TEXT}>
            {approval.note ?? intl.formatMessage(messages.noNote)}
          </p>
        </>
      )}
      {approval.requestedAt !== null && (
        <p className="small text-gray-700 mb-2">
          {intl.formatMessage(messages.requestedAt, { date: when(approval.requestedAt) })}
        </p>
      )}
      {approval.decidedAt !== null && (
        <div className="mb-2">
          {approval.comment !== null && (
            <>
              <p className="small font-weight-bold mb-0">
                {intl.formatMessage(messages.staffComment, { name: approval.decidedBy ?? '' })}
              </p>
              <p className="mb-0" style={USER_TEXT}>
                {approval.comment}
              </p>
            </>
          )}
          <p className="small text-gray-700 mb-0">
            {intl.formatMessage(messages.decidedAt, {
              date: when(approval.decidedAt),
              name: approval.decidedBy ?? '',
            })}
          </p>
        </div>
      )}
    </>
  );
}
