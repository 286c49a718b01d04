// A release date (`availableFrom`): picked as a date and time in UTC, stored as ISO 8601 with `Z`.
import type { ReactNode } from 'react';
import { Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { FieldShell } from './field-shell.tsx';
import { useField } from './problems-context.tsx';
import { messages } from './messages.ts';

/** `2026-05-01T00:00:00Z` (or any offset) as the `2026-05-01T00:00` a datetime-local input shows, in UTC. */
export function toLocalInput(iso: string | undefined): string {
  if (iso === undefined) return '';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 16);
}

/** What the input gives, as the ISO time stored; undefined when cleared. */
export function fromLocalInput(text: string): string | undefined {
  return text === '' ? undefined : `${text.length === 16 ? `${text}:00` : text}Z`;
}

export function DateTimeField({
  pointer,
  label,
  value,
  onChange,
}: {
  readonly pointer: string;
  readonly label: ReactNode;
  readonly value: string | undefined;
  readonly onChange: (value: string | undefined) => void;
}) {
  const intl = useIntl();
  const { problems, touch } = useField(pointer);
  return (
    <FieldShell pointer={pointer} label={label} help={intl.formatMessage(messages.utc)} problems={problems}>
      <Form.Control
        type="datetime-local"
        value={toLocalInput(value)}
        onBlur={touch}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          touch();
          onChange(fromLocalInput(event.target.value));
        }}
      />
    </FieldShell>
  );
}
