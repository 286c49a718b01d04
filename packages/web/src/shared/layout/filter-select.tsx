// A labelled select of the apps' filter bars (Learn's dashboard and Explore, Studio's learner list):
// each choice a value and its words, given as they are or as a message to format.
import { useId } from 'react';
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
  /** The select's id; one of its own when absent. */
  readonly id?: string;
  readonly label: MessageDescriptor;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly onChange: (value: string) => void;
}) {
  const intl = useIntl();
  const ownId = useId();
  return (
    <Form.Group controlId={id ?? ownId} className="mb-0">
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
