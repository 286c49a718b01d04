// The optional reason of an enrollment change, written to the audit log.
import { useId } from 'react';
import { Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { messages } from './messages.ts';

export function ReasonField({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  const intl = useIntl();
  const id = useId();
  return (
    <Form.Group controlId={id}>
      <Form.Label>{intl.formatMessage(messages.reason)}</Form.Label>
      <Form.Control
        value={value}
        maxLength={1000}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </Form.Group>
  );
}
