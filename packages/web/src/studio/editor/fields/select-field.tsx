// A choice among a few values (a level, a group's rule), as a native select.
import type { ReactNode } from 'react';
import { Form } from '@openedx/paragon';
import { FieldShell } from './field-shell.tsx';
import { useField } from './problems-context.tsx';

interface Option {
  readonly value: string;
  readonly label: string;
}

export function SelectField({
  pointer,
  label,
  value,
  options,
  onChange,
  help,
  className,
}: {
  readonly pointer: string;
  readonly label: ReactNode;
  readonly value: string;
  readonly options: readonly Option[];
  readonly onChange: (value: string) => void;
  readonly help?: ReactNode;
  readonly className?: string;
}) {
  const { problems, touch } = useField(pointer);
  return (
    <FieldShell pointer={pointer} label={label} help={help} problems={problems} className={className}>
      <Form.Control
        as="select"
        value={value}
        onChange={(event: React.ChangeEvent<HTMLSelectElement>) => {
          touch();
          onChange(event.target.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Form.Control>
    </FieldShell>
  );
}
