// The badge saying what a node is (a course or a group), on its row and on the chip a drag moves.
import { Badge } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { isStep, type PathNode } from '@learning-paths/core';
import { messages } from './messages.ts';

export function KindBadge({ node }: { readonly node: PathNode }) {
  const intl = useIntl();
  const step = isStep(node);
  return (
    <Badge variant={step ? 'light' : 'info'}>
      {intl.formatMessage(step ? messages.step : messages.group)}
    </Badge>
  );
}
