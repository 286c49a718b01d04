// A text field of the definition (a title, a URL, Markdown): an empty value removes the field,
// since the format wants optional text either absent or not empty.
import type { ReactNode } from 'react';
import { Form } from '@openedx/paragon';
import { FieldShell } from './field-shell.tsx';
import { useField } from './problems-context.tsx';

export function TextField({
  pointer,
  label,
  value,
  onChange,
  help,
  type = 'text',
  rows,
  className,
  placeholder,
}: {
  readonly pointer: string;
  readonly label: ReactNode;
  readonly value: string | undefined;
  readonly onChange: (value: string | undefined) => void;
  readonly help?: ReactNode;
  readonly type?: 'text' | 'url' | 'textarea';
  readonly rows?: number;
  readonly className?: string;
  readonly placeholder?: string;
}) {
  const { problems, touch } = useField(pointer);
  return (
    <FieldShell pointer={pointer} label={label} help={help} problems={problems} className={className}>
      <Form.Control
        {...(type === 'textarea' ? { as: 'textarea', rows: rows ?? 4 } : { type })}
        value={value ?? ''}
        placeholder={placeholder}
        onBlur={touch}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          touch();
          onChange(event.target.value === '' ? undefined : event.target.value);
        }}
      />
    </FieldShell>
  );
}
