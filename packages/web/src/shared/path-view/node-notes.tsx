// What is still to do in a part of the path, and why it is locked, as the outline says it of steps
// and groups alike.
import { useIntl } from 'react-intl';
import type { OutlineNode } from './outline-model.ts';
import { messages } from './messages.ts';

export function NodeNotes({ node }: { readonly node: Pick<OutlineNode, 'remaining' | 'lockReason'> }) {
  const intl = useIntl();
  return (
    <>
      {node.remaining && (
        <p className="mb-1">{intl.formatMessage(messages.toDo, { text: node.remaining })}</p>
      )}
      {node.lockReason && (
        <p className="lp-lock mb-1">
          {intl.formatMessage(messages.lockedBecause, { reason: node.lockReason })}
        </p>
      )}
    </>
  );
}
