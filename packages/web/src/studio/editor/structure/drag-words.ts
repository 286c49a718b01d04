// The words of a drag in the structure, for screen readers and for the chip that moves: each names
// the group and the position there, counted as the group will be after the drop.
import type { IntlShape } from 'react-intl';
import type { PathDefinition } from '@learning-paths/core';
import { findNode, nodeTitle } from '../state/node-tree.ts';
import { dropEffect, slotPosition, type DropSlot } from './drop-target.ts';
import { messages } from './messages.ts';

export interface DragWords {
  readonly start: string;
  readonly over: string;
  readonly hint: string;
  readonly end: string;
  readonly cancel: string;
}

const endMessages = {
  stay: messages.dragStay,
  reorder: messages.moved,
  into: messages.dragEnd,
} as const;

export function dragWords(
  intl: IntlShape,
  definition: PathDefinition,
  activeId: string,
  slot: DropSlot | null,
): DragWords {
  const node = findNode(definition, activeId)?.node;
  const title = node ? nodeTitle(node) : activeId;
  const at = slot && slotPosition(definition, activeId, slot);
  const where = at && { title, group: nodeTitle(at.group), position: at.position, total: at.total };
  const effect = dropEffect(definition, activeId, slot);
  return {
    start: intl.formatMessage(messages.dragStart, { title }),
    over: where
      ? intl.formatMessage(messages.dragOver, where)
      : intl.formatMessage(messages.dragOutside, { title }),
    hint: where ? intl.formatMessage(messages.dropHint, where) : intl.formatMessage(messages.dropHintNowhere),
    end:
      effect === 'nowhere' || !where
        ? intl.formatMessage(messages.dragNowhere, { title })
        : intl.formatMessage(endMessages[effect], where),
    cancel: intl.formatMessage(messages.dragCancel, { title }),
  };
}
