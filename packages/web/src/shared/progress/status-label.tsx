// A status said in words with an icon beside it (never by colour alone): the statuses of paths and
// courses (not started, in progress, completed) and of a path's steps (also available, locked).
import { Icon } from '@openedx/paragon';
import { CheckCircle, Lock, RadioButtonUnchecked, Timelapse } from './icons.ts';
import { useIntl } from 'react-intl';
import { messages } from './messages.ts';
import './progress.css';

export type ProgressStatusName = 'not_started' | 'available' | 'in_progress' | 'completed' | 'locked';

const ICONS = {
  not_started: RadioButtonUnchecked,
  available: RadioButtonUnchecked,
  in_progress: Timelapse,
  completed: CheckCircle,
  locked: Lock,
} as const;

export function StatusLabel({
  status,
  className = '',
}: {
  readonly status: ProgressStatusName;
  readonly className?: string;
}) {
  const intl = useIntl();
  return (
    <span className={`lp-status lp-status--${status} ${className}`}>
      <Icon src={ICONS[status]} size="sm" className="lp-status__icon" />
      <span>{intl.formatMessage(messages[status])}</span>
    </span>
  );
}
