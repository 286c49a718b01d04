// One drag and drop for the whole structure, so that a part can go into any other group: sensors,
// where a drag would land (drop-target.ts), the chip that moves, and what screen readers hear.
import { createContext, useContext, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useEditor } from '../editor-context.tsx';
import { findNode } from '../state/node-tree.ts';
import { moveNode } from '../state/tree-edits.ts';
import { DragChip } from './drag-chip.tsx';
import { dragWords } from './drag-words.ts';
import {
  currentSlot,
  dropEffect,
  dropSlots,
  listDroppableId,
  neighbourSlot,
  sameSlot,
  slotAtPoint,
  slotPoint,
  type DropSlot,
} from './drop-target.ts';
import { messages } from './messages.ts';

export interface StructureDrag {
  /** The node being dragged, if any. */
  readonly activeId: string | null;
  /** Where it would land now; null when it is over no group it may enter. */
  readonly slot: DropSlot | null;
}

const IDLE: StructureDrag = { activeId: null, slot: null };
const DragContext = createContext<StructureDrag>(IDLE);

/** The drag going on in the structure, for rows and lists to show where it would land. */
export const useStructureDrag = () => useContext(DragContext);

const ARROW_STEPS: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1 };

export function StructureDnd({ children }: { readonly children: ReactNode }) {
  const intl = useIntl();
  const { definition, edit } = useEditor();
  const [drag, setDrag] = useState<StructureDrag>(IDLE);
  // dnd-kit calls the collision detection, the keyboard steps and the announcements from its own
  // handlers, between this component's renders: they read the drag as it is from here. The last
  // drag stays here after its end, for the announcement dnd-kit makes after onDragEnd.
  const live = useRef({
    definition,
    activeId: '',
    slot: null as DropSlot | null,
    announced: null as DropSlot | null,
  });
  // Where the arrow keys have taken the drag: the keyboard moves from place to place, not by pixels.
  const keyboardSlot = useRef<DropSlot | null>(null);
  live.current.definition = definition;
  const words = () => dragWords(intl, live.current.definition, live.current.activeId, live.current.slot);

  const detectSlot: CollisionDetection = ({ pointerCoordinates, droppableRects }) => {
    const { definition, activeId } = live.current;
    const slot = pointerCoordinates
      ? slotAtPoint(definition, activeId, pointerCoordinates, (id) => droppableRects.get(id))
      : keyboardSlot.current;
    return slot ? [{ id: listDroppableId(slot.groupId), data: { slot } }] : [];
  };
  const keyboardStep: KeyboardCoordinateGetter = (event, { context }) => {
    const delta = ARROW_STEPS[event.code];
    const from = keyboardSlot.current;
    if (!delta || !from) return undefined;
    event.preventDefault();
    const { definition, activeId } = live.current;
    const next = neighbourSlot(dropSlots(definition, activeId), from, delta);
    const point = next && slotPoint(definition, activeId, next, (id) => context.droppableRects.get(id));
    if (!next || !point) return undefined;
    keyboardSlot.current = next;
    return point;
  };
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardStep }),
  );

  const started = ({ active }: DragStartEvent) => {
    const activeId = String(active.id);
    const slot = currentSlot(live.current.definition, activeId);
    keyboardSlot.current = slot;
    Object.assign(live.current, { activeId, slot, announced: slot });
    setDrag({ activeId, slot });
  };
  const moved = ({ collisions }: DragMoveEvent) => {
    const slot = (collisions?.[0]?.data?.slot as DropSlot | undefined) ?? null;
    if (sameSlot(slot, live.current.slot)) return;
    live.current.slot = slot;
    setDrag({ activeId: live.current.activeId, slot });
  };
  const dropped = () => {
    const { definition, activeId, slot } = live.current;
    setDrag(IDLE);
    const effect = dropEffect(definition, activeId, slot);
    if (slot && (effect === 'reorder' || effect === 'into'))
      edit((current) => moveNode(current, activeId, slot.groupId, slot.index));
  };
  const announcements: Announcements = {
    onDragStart: () => words().start,
    // Every move, but said only when the place changes.
    onDragMove: () => {
      if (sameSlot(live.current.slot, live.current.announced)) return undefined;
      live.current.announced = live.current.slot;
      return words().over;
    },
    onDragOver: () => undefined,
    onDragEnd: () => words().end,
    onDragCancel: () => words().cancel,
  };

  const active = drag.activeId ? findNode(definition, drag.activeId)?.node : undefined;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={detectSlot}
      onDragStart={started}
      onDragMove={moved}
      onDragEnd={dropped}
      onDragCancel={() => setDrag(IDLE)}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: intl.formatMessage(messages.dragInstructions) },
      }}
    >
      <DragContext.Provider value={drag}>{children}</DragContext.Provider>
      {/* The chip's own size, not the dragged row's: a group's row can be a screen high. */}
      <DragOverlay dropAnimation={null} style={{ width: 'auto', height: 'auto' }}>
        {active && <DragChip node={active} hint={dragWords(intl, definition, active.id, drag.slot).hint} />}
      </DragOverlay>
    </DndContext>
  );
}
