// Picks ids of the path's own nodes and tiers (a node's prerequisites, what a tier requires) as
// checkboxes, in the order picked; an id that is no longer in the path can still be unticked.
import type { ReactNode } from 'react';
import { Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { useEditor } from '../editor-context.tsx';
import type { Reference } from '../state/node-tree.ts';
import { fieldId } from '../validation/field-pointers.ts';
import { FieldsetShell } from './field-shell.tsx';
import { useField } from './problems-context.tsx';
import { messages } from './messages.ts';

export function ReferencePicker({
  pointer,
  legend,
  help,
  candidates,
  selected,
  onChange,
}: {
  readonly pointer: string;
  readonly legend: ReactNode;
  readonly help?: ReactNode;
  readonly candidates: readonly Reference[];
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
}) {
  const intl = useIntl();
  // Keyed like the rows: a box just clicked stays the same box when its part's id changes.
  const { keyOf } = useEditor();
  const { problems, touch } = useField(pointer);
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
        {options.map((option) => (
          <Form.Checkbox
            key={keyOf(option.id)}
            id={`${fieldId(pointer)}-${option.id}`}
            checked={selected.includes(option.id)}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => toggle(option.id, event.target.checked)}
          >
            <span>
              {option.title}{' '}
              <span className="small text-gray-700">
                ({option.kind === 'tier' ? `${intl.formatMessage(messages.tierReference)} ` : ''}
                {option.id})
              </span>
            </span>
          </Form.Checkbox>
        ))}
      </div>
    </FieldsetShell>
  );
}
