// One part of a group as a row that drags anywhere in the structure, by pointer on its handle or
// by keyboard from the focused handle, and that shows the drop line when a drop would land before
// it. The row itself is NodeItem.
import { useCallback } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Icon } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { GroupNode, PathNode } from '@learning-paths/core';
import { DragIndicator } from '../icons.ts';
import { nodeTitle } from '../state/node-tree.ts';
import { NodeItem } from './node-item.tsx';
import { messages } from './messages.ts';

export function DraggableNode({
  node,
  pointer,
  parent,
  index,
  dropBefore,
}: {
  readonly node: PathNode;
  readonly pointer: string;
  readonly parent: GroupNode;
  readonly index: number;
  /** Whether the drag going on would land just before this row. */
  readonly dropBefore: boolean;
}) {
  const intl = useIntl();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: node.id,
    attributes: { roleDescription: intl.formatMessage(messages.dragRole) },
  });
  // A droppable too, only so that dnd-kit measures the row for drop-target.ts.
  const { setNodeRef: setDroppableRef } = useDroppable({ id: node.id });
  const setRef = useCallback(
    (element: HTMLElement | null) => {
      setNodeRef(element);
      setDroppableRef(element);
    },
    [setNodeRef, setDroppableRef],
  );
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
  const classes = ['node-row', isDragging && 'is-dragging', dropBefore && 'drop-before'];
  return (
    <li ref={setRef} className={classes.filter(Boolean).join(' ')}>
      <NodeItem node={node} pointer={pointer} position={{ parent, index }} handle={handle} />
    </li>
  );
}
