// A number of the definition (a weight, credits, a count, a threshold shown as a percentage with
// `scale` 100), and the bare input under it, also used for what-if results. The typed text is
// kept while it is being written ("0." on the way to "0.5"); empty gives undefined.
import { useEffect, useState, type ReactNode } from 'react';
import { Form } from '@openedx/paragon';
import { FieldShell } from './field-shell.tsx';
import { useField } from './problems-context.tsx';

/** The value as the author reads it: scaled, without binary noise (0.7 × 100 shows 70). */
export function formatScaled(value: number | undefined, scale: number): string {
  return value === undefined ? '' : String(Math.round(value * scale * 1e6) / 1e6);
}

/** The text as a value: undefined when empty or not a number. */
export function parseScaled(text: string, scale: number): number | undefined {
  if (text.trim() === '') return undefined;
  const number = Number(text);
  return Number.isNaN(number) ? undefined : number / scale;
}

export function NumberInput({
  value,
  onChange,
  onBlur,
  scale = 1,
  min = 0,
  max,
  step = 'any',
}: {
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
  readonly onBlur?: () => void;
  readonly scale?: number;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
}) {
  const [text, setText] = useState(formatScaled(value, scale));
  useEffect(() => {
    // Follows changes made elsewhere (a reset, a reload); runs only when the value changes and
    // keeps the author's text while it already reads as that value.
    setText((current) => (parseScaled(current, scale) === value ? current : formatScaled(value, scale)));
  }, [value, scale]);
  return (
    <Form.Control
      type="number"
      inputMode="decimal"
      min={min}
      max={max}
      step={step}
      value={text}
      onBlur={onBlur}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
        setText(event.target.value);
        onChange(parseScaled(event.target.value, scale));
      }}
    />
  );
}

export function NumberField({
  pointer,
  label,
  value,
  onChange,
  help,
  scale,
  min,
  step,
  className,
}: {
  readonly pointer: string;
  readonly label: ReactNode;
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
  readonly help?: ReactNode;
  readonly scale?: number;
  readonly min?: number;
  readonly step?: number | 'any';
  readonly className?: string;
}) {
  const { problems, touch } = useField(pointer);
  return (
    <FieldShell pointer={pointer} label={label} help={help} problems={problems} className={className}>
      <NumberInput
        value={value}
        scale={scale}
        min={min}
        step={step}
        onBlur={touch}
        onChange={(next) => {
          touch();
          onChange(next);
        }}
      />
    </FieldShell>
  );
}
