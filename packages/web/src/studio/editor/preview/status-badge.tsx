// A node's status in the preview (locked, available, in progress, completed) as a badge.
import { Badge } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { NodeStatus } from '@learning-paths/core';
import { messages } from './messages.ts';

const STATUS = {
  locked: { message: messages.locked, variant: 'dark' },
  available: { message: messages.available, variant: 'light' },
  in_progress: { message: messages.in_progress, variant: 'info' },
  completed: { message: messages.statusCompleted, variant: 'success' },
} as const satisfies Record<NodeStatus, unknown>;

export function StatusBadge({ status }: { readonly status: NodeStatus }) {
  const intl = useIntl();
  return <Badge variant={STATUS[status].variant}>{intl.formatMessage(STATUS[status].message)}</Badge>;
}
