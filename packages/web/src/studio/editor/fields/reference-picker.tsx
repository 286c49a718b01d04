// Picks ids of the path's own nodes and tiers (a node's prerequisites, what a tier requires) as
// checkboxes, in the order picked; an id that is no longer in the path can still be unticked. A
// candidate that would close a circle of requirements cannot be ticked, and says which circle by
// titles (core's cyclicReferences, the same graph validation checks).
import { useMemo, type ReactNode } from 'react';
import { cyclicReferences } from '@learning-paths/core';
import { Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { useEditor } from '../editor-context.tsx';
import { findNode, nodeTitle, type Reference } from '../state/node-tree.ts';
import { fieldId } from '../validation/field-pointers.ts';
import { FieldsetShell } from './field-shell.tsx';
import { useField } from './problems-context.tsx';
import { messages } from './messages.ts';

export function ReferencePicker({
  owner,
  pointer,
  legend,
  help,
  candidates,
  selected,
  onChange,
}: {
  /** The node or tier whose references these are. */
  readonly owner: string;
  readonly pointer: string;
  readonly legend: ReactNode;
  readonly help?: ReactNode;
  readonly candidates: readonly Reference[];
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
}) {
  const intl = useIntl();
  // Keyed like the rows: a box just clicked stays the same box when its part's id changes.
  const { keyOf, definition } = useEditor();
  const { problems, touch } = useField(pointer);
  const cyclic = useMemo(() => cyclicReferences(definition, owner), [definition, owner]);
  const titleOf = (id: string) => {
    const node = findNode(definition, id)?.node;
    return node ? nodeTitle(node) : (definition.tiers?.find((tier) => tier.id === id)?.title ?? id);
  };
  const known = new Set(candidates.map((candidate) => candidate.id));
  const options = [
    ...candidates,
    ...selected
      .filter((id) => !known.has(id))
      .map((id) => ({
        id,
        title: intl.formatMessage(messages.unknownReference, { id }),
        kind: 'node' as const,
      })),
  ];
  const toggle = (id: string, checked: boolean) => {
    touch();
    onChange(checked ? [...selected, id] : selected.filter((other) => other !== id));
  };
  return (
    <FieldsetShell pointer={pointer} legend={legend} help={help} problems={problems}>
      {options.length === 0 && (
        <p className="small text-gray-700">{intl.formatMessage(messages.noCandidates)}</p>
      )}
      <div className="reference-picker">
        {options.map((option) => {
          const id = `${fieldId(pointer)}-${option.id}`;
          const ticked = selected.includes(option.id);
          // A reference already ticked stays free to untick; validation names its cycle.
          const cycle = ticked ? undefined : cyclic.get(option.id)?.cycle;
          return (
            <div key={keyOf(option.id)}>
              <Form.Checkbox
                id={id}
                checked={ticked}
                // aria-disabled rather than disabled: it stays reachable by keyboard, where its
                // reason is read out, and a scrolling list keeps something to focus.
                aria-disabled={cycle ? true : undefined}
                aria-describedby={cycle ? `${id}-cycle` : undefined}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                  if (!cycle) toggle(option.id, event.target.checked);
                }}
              >
                <span>
                  {option.title}{' '}
                  <span className="small text-gray-700">
                    ({option.kind === 'tier' ? `${intl.formatMessage(messages.tierReference)} ` : ''}
                    {option.id})
                  </span>
                </span>
              </Form.Checkbox>
              {cycle && (
                <p id={`${id}-cycle`} className="small text-gray-700 ms-4 mb-1">
                  {intl.formatMessage(messages.cyclicReference, {
                    cycle: cycle.map(titleOf).join(' → '),
                  })}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </FieldsetShell>
  );
}
