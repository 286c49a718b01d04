// One part of a group as a sortable row: dnd-kit moves it, by pointer on its handle or by keyboard
// from the focused handle; the row itself is NodeItem.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Icon } from '@openedx/paragon';
import { DragIndicator } from '../icons.ts';
import { useIntl } from 'react-intl';
import type { GroupNode, PathNode } from '@learning-paths/core';
import { nodeTitle } from '../state/node-tree.ts';
import { NodeItem } from './node-item.tsx';
import { messages } from './messages.ts';

export function SortableNode({
  node,
  pointer,
  parent,
  index,
}: {
  readonly node: PathNode;
  readonly pointer: string;
  readonly parent: GroupNode;
  readonly index: number;
}) {
  const intl = useIntl();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: node.id });
  const handle = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="drag-handle btn btn-tertiary btn-sm"
      {...attributes}
      {...listeners}
      aria-label={intl.formatMessage(messages.dragHandle, { title: nodeTitle(node) })}
    >
      <Icon src={DragIndicator} />
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'node-sortable is-dragging' : 'node-sortable'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <NodeItem node={node} pointer={pointer} position={{ parent, index }} handle={handle} />
    </li>
  );
}
