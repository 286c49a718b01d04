// One node of the structure: a header row (its title, what it is, its problems, a step's course
// dates and warnings, and buttons to move, edit and remove it), its settings when open, and for a
// group the list of its parts.
import { useState, type ReactNode } from 'react';
import { Badge, IconButton, Icon } from '@openedx/paragon';
import { ArrowDownward, ArrowUpward, Delete, Edit } from '../icons.ts';
import { useIntl } from 'react-intl';
import { isStep, type GroupNode, type PathNode } from '@learning-paths/core';
import { ConfirmDialog } from '../../../shared/layout/confirm-dialog.tsx';
import { useEditor } from '../editor-context.tsx';
import { useProblems } from '../fields/problems-context.tsx';
import { descendantIds, nodeTitle } from '../state/node-tree.ts';
import { moveAmongSiblings, removeNode } from '../state/tree-edits.ts';
import { courseWarningText } from '../validation/course-warning-text.ts';
import { catalogKeyOf } from '../validation/course-warnings.ts';
import { useCourseWarnings } from '../validation/course-warnings-context.tsx';
import { fieldId } from '../validation/field-pointers.ts';
import { messages as warningMessages } from '../validation/messages.ts';
import { courseRunText } from './course-run-text.ts';
import { ChildList } from './child-list.tsx';
import { GroupFields } from './group-fields.tsx';
import { KindBadge } from './kind-badge.tsx';
import { nodeSummary } from './node-summary.ts';
import { StepFields } from './step-fields.tsx';
import { messages } from './messages.ts';

export interface Position {
  readonly parent: GroupNode;
  readonly index: number;
}

export function NodeItem({
  node,
  pointer,
  position,
  handle,
}: {
  readonly node: PathNode;
  readonly pointer: string;
  /** Where it sits in its group; none for the root. */
  readonly position?: Position;
  readonly handle?: ReactNode;
}) {
  const intl = useIntl();
  const { definition, edit, expanded, setExpanded, announce } = useEditor();
  const { within } = useProblems();
  const courseWarnings = useCourseWarnings();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const title = nodeTitle(node);
  const open = expanded.has(node.id);
  const problemCount = within(pointer);
  const settingsId = `${fieldId(pointer)}-settings`;
  const step = isStep(node);
  const run = step ? courseRunText(intl, courseWarnings.runOf(catalogKeyOf(node))) : null;
  const runText =
    run && step && node.run === 'current' ? intl.formatMessage(messages.followedRun, { run }) : run;
  const warnings = courseWarnings.at(pointer);

  const move = (delta: number) => {
    if (!position) return;
    const target = position.index + delta;
    const total = position.parent.children.length;
    if (target < 0 || target >= total) {
      announce(intl.formatMessage(messages.atEnd, { title }));
      return;
    }
    edit((current) => moveAmongSiblings(current, node.id, delta));
    announce(
      intl.formatMessage(messages.moved, {
        title,
        position: target + 1,
        total,
        group: nodeTitle(position.parent),
      }),
    );
  };
  const remove = () => {
    setConfirmRemove(false);
    edit((current) => removeNode(current, node.id));
    announce(intl.formatMessage(messages.removed, { title }));
  };
  const inside = step ? 0 : descendantIds(node).length;

  return (
    <div className={`node-item ${step ? 'node-step' : 'node-group'}`} id={fieldId(pointer)} tabIndex={-1}>
      <div className="node-header">
        {handle}
        <div className="node-heading">
          <span className="node-title">{title}</span> <KindBadge node={node} />{' '}
          {problemCount > 0 && (
            <Badge variant="danger">
              {intl.formatMessage(messages.problemCount, { count: problemCount })}
            </Badge>
          )}{' '}
          {warnings.length > 0 && (
            <Badge variant="warning">
              {intl.formatMessage(warningMessages.warningCount, { count: warnings.length })}
            </Badge>
          )}
          <div className="small text-gray-700">
            {step ? `${node.course} · ` : ''}
            {nodeSummary(intl, node, definition)}
          </div>
          {runText !== null && <div className="small text-gray-700">{runText}</div>}
          {warnings.length > 0 && (
            <ul className="course-warnings small">
              {warnings.map((warning) => (
                <li key={warning.kind}>{courseWarningText(intl, warning, definition)}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="node-actions">
          {position && (
            <>
              <IconButton
                src={ArrowUpward}
                iconAs={Icon}
                size="sm"
                alt={intl.formatMessage(messages.moveUp, { title })}
                onClick={() => move(-1)}
              />
              <IconButton
                src={ArrowDownward}
                iconAs={Icon}
                size="sm"
                alt={intl.formatMessage(messages.moveDown, { title })}
                onClick={() => move(1)}
              />
            </>
          )}
          <IconButton
            src={Edit}
            iconAs={Icon}
            size="sm"
            isActive={open}
            alt={intl.formatMessage(messages.edit, { title })}
            aria-expanded={open}
            aria-controls={open ? settingsId : undefined}
            onClick={() => setExpanded(node.id, !open)}
          />
          {position && (
            <IconButton
              src={Delete}
              iconAs={Icon}
              size="sm"
              alt={intl.formatMessage(messages.remove, { title })}
              onClick={() => (inside > 0 ? setConfirmRemove(true) : remove())}
            />
          )}
        </div>
      </div>
      {open && (
        <section
          id={settingsId}
          className="node-settings"
          aria-label={intl.formatMessage(messages.settings, { title })}
        >
          {step ? (
            <StepFields node={node} pointer={pointer} />
          ) : (
            <GroupFields node={node} pointer={pointer} isRoot={!position} />
          )}
        </section>
      )}
      {!step && <ChildList group={node} pointer={pointer} />}
      <ConfirmDialog
        isOpen={confirmRemove}
        title={intl.formatMessage(messages.removeGroupTitle, { title })}
        confirmLabel={intl.formatMessage(messages.removeConfirm)}
        cancelLabel={intl.formatMessage(messages.cancel)}
        variant="danger"
        onConfirm={remove}
        onCancel={() => setConfirmRemove(false)}
      >
        {intl.formatMessage(messages.removeGroupBody, { title, count: inside })}
      </ConfirmDialog>
    </div>
  );
}
