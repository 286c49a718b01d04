// The fields every node has, for the step and the group forms: title and id first; weight and
// release date (in a row with the kind's own numbers), prerequisites and a move into another group
// after the kind's own fields.
import type { ReactNode } from 'react';
import { Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathNode } from '@learning-paths/core';
import { useEditor } from '../editor-context.tsx';
import { DateTimeField } from '../fields/date-time-field.tsx';
import { IdField } from '../fields/id-field.tsx';
import { NumberField } from '../fields/number-field.tsx';
import { ReferencePicker } from '../fields/reference-picker.tsx';
import { TextField } from '../fields/text-field.tsx';
import { moveTargets, nodeTitle, referenceCandidates } from '../state/node-tree.ts';
import { moveNode, updateNode } from '../state/tree-edits.ts';
import { messages } from './messages.ts';

export function NodeIdentityFields({
  node,
  pointer,
  titleHelp,
}: {
  readonly node: PathNode;
  readonly pointer: string;
  readonly titleHelp?: string;
}) {
  const intl = useIntl();
  const { definition, rename, retitle, followsTitle } = useEditor();
  return (
    <div className="editor-field-row">
      <TextField
        pointer={`${pointer}/title`}
        label={intl.formatMessage(messages.title)}
        value={node.title}
        help={titleHelp}
        onChange={(title) => retitle(node.id, title)}
      />
      <IdField
        pointer={`${pointer}/id`}
        label={intl.formatMessage(messages.id)}
        id={node.id}
        followsTitle={followsTitle(node.id)}
        definition={definition}
        onRename={(to) => rename(node.id, to)}
      />
    </div>
  );
}

export function NodePlacementFields({
  node,
  pointer,
  isRoot = false,
  children,
}: {
  readonly node: PathNode;
  readonly pointer: string;
  readonly isRoot?: boolean;
  /** More short fields for the row of numbers (a step's credits). */
  readonly children?: ReactNode;
}) {
  const intl = useIntl();
  const { definition, edit, announce } = useEditor();
  const set = (field: string, value: unknown) =>
    edit((current) => updateNode(current, node.id, { [field]: value }));
  const targets = moveTargets(definition, node.id);
  return (
    <>
      <div className="editor-field-row">
        {children}
        {!isRoot && (
          <NumberField
            pointer={`${pointer}/weight`}
            label={intl.formatMessage(messages.weight)}
            help={intl.formatMessage(messages.weightHelp)}
            value={node.weight}
            onChange={(weight) => set('weight', weight)}
          />
        )}
        <DateTimeField
          pointer={`${pointer}/availableFrom`}
          label={intl.formatMessage(messages.availableFrom)}
          value={node.availableFrom}
          onChange={(availableFrom) => set('availableFrom', availableFrom)}
        />
      </div>
      {!isRoot && (
        <ReferencePicker
          owner={node.id}
          pointer={`${pointer}/prerequisites`}
          legend={intl.formatMessage(messages.prerequisites)}
          help={intl.formatMessage(messages.prerequisitesHelp)}
          candidates={referenceCandidates(definition, node.id)}
          selected={node.prerequisites ?? []}
          onChange={(ids) => set('prerequisites', ids.length > 0 ? ids : undefined)}
        />
      )}
      {!isRoot && targets.length > 0 && (
        <Form.Group controlId={`move-into-${node.id}`}>
          <Form.Label>{intl.formatMessage(messages.moveInto)}</Form.Label>
          <Form.Control
            as="select"
            value=""
            onChange={(event: React.ChangeEvent<HTMLSelectElement>) => {
              const target = targets.find((entry) => entry.node.id === event.target.value);
              if (!target) return;
              edit((current) => moveNode(current, node.id, target.node.id, Number.MAX_SAFE_INTEGER));
              announce(
                intl.formatMessage(messages.movedInto, {
                  title: nodeTitle(node),
                  group: nodeTitle(target.node),
                }),
              );
            }}
          >
            <option value="">{intl.formatMessage(messages.moveIntoNone)}</option>
            {targets.map((entry) => (
              <option key={entry.node.id} value={entry.node.id}>
                {'\u2003'.repeat(entry.ancestors.length)}
                {nodeTitle(entry.node)}
              </option>
            ))}
          </Form.Control>
        </Form.Group>
      )}
    </>
  );
}
