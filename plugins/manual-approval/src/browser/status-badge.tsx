// Where a request stands, in words (the colour only repeats them).
import { Badge } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { StepApproval } from '../views.ts';
import { messages } from './messages.ts';

const LOOKS = {
  none: { variant: 'light', message: messages.statusNone },
  waiting: { variant: 'warning', message: messages.statusWaiting },
  approved: { variant: 'success', message: messages.statusApproved },
  declined: { variant: 'danger', message: messages.statusDeclined },
} as const;

export function StatusBadge({ status }: { readonly status: StepApproval['status'] }) {
  const intl = useIntl();
  const { variant, message } = LOOKS[status];
  return <Badge variant={variant}>{intl.formatMessage(message)}</Badge>;
}
