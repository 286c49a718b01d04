// The parts of a group, in order, reorderable by drag and drop (pointer or keyboard, with
// announcements) within the group; below them, adding a course from the catalog or a group.
import { useIntl } from 'react-intl';
import { Button } from '@openedx/paragon';
import { Add } from '../icons.ts';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { GroupNode } from '@learning-paths/core';
import { useEditor } from '../editor-context.tsx';
import { nodeTitle } from '../state/node-tree.ts';
import { addNode, moveNode, newGroup, newStep } from '../state/tree-edits.ts';
import { fieldId } from '../validation/field-pointers.ts';
import { useField } from '../fields/problems-context.tsx';
import { CourseSearch } from './course-search.tsx';
import type { CatalogCourse } from './use-course-search.ts';
import { SortableNode } from './sortable-node.tsx';
import { messages } from './messages.ts';

export function ChildList({ group, pointer }: { readonly group: GroupNode; readonly pointer: string }) {
  const intl = useIntl();
  const { definition, edit, announce, setExpanded, reveal } = useEditor();
  const { problems } = useField(`${pointer}/children`);
  const ids = group.children.map((child) => child.id);
  const groupTitle = nodeTitle(group);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const titleOf = (id: UniqueIdentifier) =>
    nodeTitle(group.children.find((child) => child.id === id) ?? group);
  const positionOf = (id: UniqueIdentifier | undefined) => ({
    position: ids.indexOf(String(id)) + 1,
    total: ids.length,
  });
  const announcements: Announcements = {
    onDragStart: ({ active }) => intl.formatMessage(messages.dragStart, { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? intl.formatMessage(messages.dragOver, { title: titleOf(active.id), ...positionOf(over.id) })
        : undefined,
    onDragEnd: ({ active, over }) =>
      intl.formatMessage(messages.dragEnd, {
        title: titleOf(active.id),
        ...positionOf(over?.id ?? active.id),
      }),
    onDragCancel: ({ active }) => intl.formatMessage(messages.dragCancel, { title: titleOf(active.id) }),
  };
  const dropped = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    edit((current) => moveNode(current, String(active.id), group.id, ids.indexOf(String(over.id))));
  };
  const addCourse = (course: CatalogCourse) => {
    edit((current) => addNode(current, group.id, newStep(current, course)));
    announce(intl.formatMessage(messages.added, { title: course.title, group: groupTitle }));
  };
  const addGroup = () => {
    const created = newGroup(definition);
    edit((current) => addNode(current, group.id, created));
    setExpanded(created.id, true);
    announce(intl.formatMessage(messages.added, { title: created.id, group: groupTitle }));
    reveal(`${pointer}/children/${group.children.length}/title`);
  };

  return (
    <div className="child-list">
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={dropped}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: intl.formatMessage(messages.dragInstructions) },
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="list-unstyled mb-2" aria-label={groupTitle}>
            {group.children.map((child, index) => (
              <SortableNode
                key={child.id}
                node={child}
                pointer={`${pointer}/children/${index}`}
                parent={group}
                index={index}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div id={fieldId(`${pointer}/children`)} tabIndex={-1}>
        {group.children.length === 0 && (
          <p className="small text-gray-700 mb-2">{intl.formatMessage(messages.emptyGroup)}</p>
        )}
        {problems.map((message) => (
          <p key={message} className="small text-danger-700 mb-2">
            {message}
          </p>
        ))}
      </div>
      <div className="child-list-add">
        <CourseSearch
          inputId={`course-search-${group.id}`}
          label={intl.formatMessage(messages.searchLabel, { group: groupTitle })}
          pickText={intl.formatMessage(messages.addCourse)}
          pickLabel={(course) =>
            intl.formatMessage(messages.addCourseLabel, { title: course.title, group: groupTitle })
          }
          onPick={addCourse}
        />
        <Button variant="outline-primary" size="sm" iconBefore={Add} onClick={addGroup} className="mt-2">
          {intl.formatMessage(messages.addGroup, { group: groupTitle })}
        </Button>
      </div>
    </div>
  );
}
