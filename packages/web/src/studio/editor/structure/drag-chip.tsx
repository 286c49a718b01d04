// What follows the pointer (or the arrow keys) while a part is dragged: its title and kind, and
// in words where it would land, so that the cue does not rest on the drop line's colour alone.
import { Icon } from '@openedx/paragon';
import type { PathNode } from '@learning-paths/core';
import { DragIndicator } from '../icons.ts';
import { nodeTitle } from '../state/node-tree.ts';
import { KindBadge } from './kind-badge.tsx';

export function DragChip({ node, hint }: { readonly node: PathNode; readonly hint: string }) {
  // Hidden from screen readers: dnd-kit's live region says the same as the hint.
  return (
    <div className="drag-chip" aria-hidden="true">
      <Icon src={DragIndicator} />
      <div className="drag-chip-text">
        <span className="node-title">{nodeTitle(node)}</span> <KindBadge node={node} />
        <div className="drag-chip-hint">{hint}</div>
      </div>
    </div>
  );
}
