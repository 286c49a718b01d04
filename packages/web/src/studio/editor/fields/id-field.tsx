// The id of a node or tier. The new id is applied when the author leaves the field (or presses
// Enter), with every reference renamed along; until then, and while it is taken or malformed, the
// old id stays and the field says why. A new part's id follows its title until set here, and the
// help says so.
import { useEffect, useState, type ReactNode } from 'react';
import { Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathDefinition } from '@learning-paths/core';
import { renameProblem } from '../state/tree-edits.ts';
import { FieldShell } from './field-shell.tsx';
import { useField } from './problems-context.tsx';
import { messages } from './messages.ts';

export function IdField({
  pointer,
  label,
  id,
  followsTitle = false,
  definition,
  onRename,
}: {
  readonly pointer: string;
  readonly label: ReactNode;
  readonly id: string;
  /** The id is still made from the title (a new part whose id the author has not set). */
  readonly followsTitle?: boolean;
  readonly definition: PathDefinition;
  readonly onRename: (to: string) => void;
}) {
  const intl = useIntl();
  const { problems } = useField(pointer);
  const [text, setText] = useState(id);
  useEffect(() => setText(id), [id]);
  const problem = renameProblem(definition, id, text);
  const local =
    problem === 'taken'
      ? [intl.formatMessage(messages.idTaken, { id: text })]
      : problem === 'format'
        ? [intl.formatMessage(messages.idFormat)]
        : [];
  const commit = () => {
    if (text !== id && problem === null) onRename(text);
  };
  return (
    <FieldShell
      pointer={pointer}
      label={label}
      help={intl.formatMessage(followsTitle ? messages.idFollowsTitle : messages.idHelp)}
      problems={[...local, ...problems]}
    >
      <Form.Control
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value.trim())}
        onBlur={commit}
        onKeyDown={(event: React.KeyboardEvent) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
    </FieldShell>
  );
}
