// A labelled select of Learn's filter bars (the dashboard's, Explore's): each choice a value and its
// words, given as they are or as a message to format.
import { Form } from '@openedx/paragon';
import { useIntl, type MessageDescriptor } from 'react-intl';

export type Choice = readonly [value: string, label: MessageDescriptor | string];

export function FilterSelect({
  id,
  label,
  value,
  choices,
  onChange,
}: {
  readonly id: string;
  readonly label: MessageDescriptor;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly onChange: (value: string) => void;
}) {
  const intl = useIntl();
  return (
    <Form.Group controlId={id} className="mb-0">
      <Form.Label>{intl.formatMessage(label)}</Form.Label>
      <Form.Control
        as="select"
        value={value}
        onChange={(event: React.ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      >
        {choices.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {typeof text === 'string' ? text : intl.formatMessage(text)}
          </option>
        ))}
      </Form.Control>
    </Form.Group>
  );
}
