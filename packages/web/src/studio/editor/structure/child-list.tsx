// The parts of a group, in order, as a list the structure's drag and drop can drop into (showing
// where a drop would land); below them, adding a course from the catalog or a group.
import { useIntl } from 'react-intl';
import { Button } from '@openedx/paragon';
import { Add } from '../icons.ts';
import { useDroppable } from '@dnd-kit/core';
import type { GroupNode } from '@learning-paths/core';
import { useEditor } from '../editor-context.tsx';
import { nodeTitle } from '../state/node-tree.ts';
import { addNode, newGroup, newStep } from '../state/tree-edits.ts';
import { fieldId } from '../validation/field-pointers.ts';
import { useField } from '../fields/problems-context.tsx';
import { CourseSearch } from './course-search.tsx';
import type { CatalogCourse } from './use-course-search.ts';
import { DraggableNode } from './draggable-node.tsx';
import { listDroppableId, partAfterSlot } from './drop-target.ts';
import { useStructureDrag } from './structure-dnd.tsx';
import { messages } from './messages.ts';

export function ChildList({ group, pointer }: { readonly group: GroupNode; readonly pointer: string }) {
  const intl = useIntl();
  const { definition, edit, added, keyOf, announce, setExpanded, reveal } = useEditor();
  const { problems } = useField(`${pointer}/children`);
  const groupTitle = nodeTitle(group);
  const { activeId, slot } = useStructureDrag();
  const { setNodeRef } = useDroppable({ id: listDroppableId(group.id) });
  // The part a drop would land before (null: at the end); undefined when it would land elsewhere.
  const dropBefore =
    activeId !== null && slot?.groupId === group.id ? partAfterSlot(group, activeId, slot) : undefined;
  const isTarget = dropBefore !== undefined;
  const addCourse = (course: CatalogCourse) => {
    const created = newStep(definition, course);
    edit((current) => addNode(current, group.id, created));
    added(created.id);
    announce(intl.formatMessage(messages.added, { title: course.title, group: groupTitle }));
  };
  const addGroup = () => {
    const created = newGroup(definition);
    edit((current) => addNode(current, group.id, created));
    added(created.id);
    setExpanded(created.id, true);
    announce(intl.formatMessage(messages.added, { title: created.id, group: groupTitle }));
    reveal(`${pointer}/children/${group.children.length}/title`);
  };

  return (
    <div ref={setNodeRef} className={isTarget ? 'child-list is-drop-target' : 'child-list'}>
      <ol
        className={
          dropBefore === null ? 'node-list list-unstyled mb-2 drop-end' : 'node-list list-unstyled mb-2'
        }
        aria-label={groupTitle}
      >
        {group.children.map((child, index) => (
          <DraggableNode
            key={keyOf(child.id)}
            node={child}
            pointer={`${pointer}/children/${index}`}
            parent={group}
            index={index}
            dropBefore={dropBefore === child.id}
          />
        ))}
      </ol>
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
