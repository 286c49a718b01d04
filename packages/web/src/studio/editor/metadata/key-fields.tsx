// The path key. A new path composes it from its four parts (the organisation among the author's
// own when they have a list); a saved path shows it, since it never changes.
import { Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { useSession } from '../../../shared/auth/session.tsx';
import { grantedOrganisations } from '../../path-list/grants.ts';
import { FieldsetShell } from '../fields/field-shell.tsx';
import { useField } from '../fields/problems-context.tsx';
import { fieldId } from '../validation/field-pointers.ts';
import { messages } from './messages.ts';

const PREFIX = 'path-v1:';
const PARTS = ['org', 'number', 'run', 'group'] as const;

/** The four parts of a key as written so far (missing parts empty). */
function keyParts(key: string): string[] {
  const parts = (key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key).split('+');
  return PARTS.map((_name, index) => parts[index] ?? '');
}

function joinKey(parts: readonly string[]): string {
  return parts.every((part) => part === '') ? '' : `${PREFIX}${parts.join('+')}`;
}

export function KeyFields({
  value,
  isNew,
  onChange,
}: {
  readonly value: string;
  readonly isNew: boolean;
  readonly onChange: (key: string) => void;
}) {
  const intl = useIntl();
  const { user } = useSession();
  const { problems, touch } = useField('/key');
  if (!isNew)
    return (
      <Form.Group controlId={fieldId('/key')}>
        <Form.Label>{intl.formatMessage(messages.key)}</Form.Label>
        <Form.Control readOnly plaintext value={value} />
        <Form.Control.Feedback type="default">{intl.formatMessage(messages.keyFixed)}</Form.Control.Feedback>
      </Form.Group>
    );
  const parts = keyParts(value);
  const organisations = user.isAdmin ? [] : grantedOrganisations(user.roles, ['author']);
  const set = (index: number, part: string) => {
    touch();
    onChange(joinKey(parts.map((old, at) => (at === index ? part.trim() : old))));
  };
  const labels = [messages.org, messages.number, messages.run, messages.group];
  return (
    <FieldsetShell
      pointer="/key"
      legend={intl.formatMessage(messages.key)}
      help={intl.formatMessage(messages.keyHelp, { key: value || 'path-v1:org+number+run+group' })}
      problems={problems}
    >
      <div className="editor-field-row key-parts">
        {PARTS.map((name, index) => (
          <Form.Group key={name} controlId={`key-${name}`} className="mb-0">
            <Form.Label>{intl.formatMessage(labels[index]!)}</Form.Label>
            {index === 0 && organisations.length > 0 ? (
              <Form.Control
                as="select"
                value={parts[0]}
                onChange={(event: React.ChangeEvent<HTMLSelectElement>) => set(0, event.target.value)}
              >
                <option value="">{intl.formatMessage(messages.orgChoose)}</option>
                {organisations.map((org) => (
                  <option key={org}>{org}</option>
                ))}
              </Form.Control>
            ) : (
              <Form.Control
                value={parts[index]}
                autoComplete="off"
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => set(index, event.target.value)}
              />
            )}
          </Form.Group>
        ))}
      </div>
    </FieldsetShell>
  );
}
