// One setting in the form: its label and control (by its kind), the help (description, default, how
// a secret or a JSON field is written, or the environment variable that locks it), its error, and
// "Reset to default".
import type { ChangeEvent, ReactNode } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl, type IntlShape } from 'react-intl';
import type { FieldKind, SettingField } from './setting-fields.ts';
import { valueText, type FieldDraft } from './setting-values.ts';
import { messages } from './messages.ts';

/** Text fields' limit; a JSON value (a list of addresses, a mapping) gets more room. */
const TEXT_LIMIT = 2_000;
const JSON_LIMIT = 20_000;

function defaultHelp(intl: IntlShape, field: SettingField): string | undefined {
  if (!field.hasDefault || field.kind === 'secret') return undefined;
  if (field.kind === 'checkbox')
    return intl.formatMessage(field.defaultValue === true ? messages.defaultOn : messages.defaultOff);
  const value = valueText({ ...field, kind: 'text' }, field.defaultValue);
  return value === '' ? undefined : intl.formatMessage(messages.defaultValue, { value });
}

function helpLines(intl: IntlShape, field: SettingField, draft: FieldDraft): string[] {
  return [
    field.description,
    defaultHelp(intl, field),
    field.kind === 'json' ? intl.formatMessage(messages.jsonHelp) : undefined,
    field.kind === 'secret' && !field.lockedBy ? intl.formatMessage(messages.secretHelp) : undefined,
    field.lockedBy ? intl.formatMessage(messages.locked, { variable: field.lockedBy }) : undefined,
    draft.reset ? intl.formatMessage(messages.willReset) : undefined,
  ].filter((line): line is string => line !== undefined);
}

const INPUT_TYPES = {
  text: 'text',
  url: 'url',
  email: 'email',
  secret: 'password',
  number: 'number',
} as const;

function Control({
  field,
  kind,
  draft,
  invalid,
  onChange,
}: {
  readonly field: SettingField;
  readonly kind: Exclude<FieldKind, 'checkbox'>;
  readonly draft: FieldDraft;
  readonly invalid: boolean;
  readonly onChange: (value: string) => void;
}) {
  const intl = useIntl();
  const change = (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    onChange(event.target.value);
  const value = String(draft.value);
  // The attributes every control shares; aria-invalid, which Paragon's group does not set, tells
  // screen readers the field is in error.
  const common = { value, disabled: field.lockedBy !== undefined, 'aria-invalid': invalid, onChange: change };
  if (kind === 'select')
    return (
      <Form.Control as="select" {...common}>
        {(!field.required || value === '') && <option value="">{intl.formatMessage(messages.notSet)}</option>}
        {field.options?.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Form.Control>
    );
  if (kind === 'json')
    return (
      <Form.Control
        as="textarea"
        rows={Math.min(10, Math.max(3, value.split('\n').length))}
        className="plugin-settings-json"
        spellCheck={false}
        maxLength={JSON_LIMIT}
        {...common}
      />
    );
  return (
    <Form.Control
      type={INPUT_TYPES[kind]}
      {...common}
      maxLength={kind === 'number' ? undefined : TEXT_LIMIT}
      autoComplete={kind === 'secret' ? 'new-password' : 'off'}
      {...(kind === 'secret' ? { placeholder: intl.formatMessage(messages.unchanged) } : {})}
      {...(kind === 'number' ? { min: field.min, max: field.max, step: field.step } : {})}
    />
  );
}

export function SettingFieldControl({
  id,
  field,
  draft,
  error,
  onChange,
  onReset,
}: {
  /** The control's id, which the form focuses when the field is in error. */
  readonly id: string;
  readonly field: SettingField;
  readonly draft: FieldDraft;
  readonly error: string | undefined;
  readonly onChange: (value: string | boolean) => void;
  readonly onReset: () => void;
}) {
  const intl = useIntl();
  const help = helpLines(intl, field, draft);
  const reset = field.lockedBy === undefined && field.saved && !draft.reset && (
    <Button
      variant="link"
      size="sm"
      className="plugin-settings-reset"
      aria-label={intl.formatMessage(messages.resetLabel, { label: field.label })}
      onClick={onReset}
    >
      {intl.formatMessage(messages.reset)}
    </Button>
  );
  if (field.kind === 'checkbox')
    return (
      <CheckboxField id={id} field={field} draft={draft} error={error} help={help} onChange={onChange}>
        {reset}
      </CheckboxField>
    );
  return (
    <Form.Group controlId={id} isInvalid={error !== undefined} className="plugin-settings-field">
      <Form.Label>{field.label}</Form.Label>
      <Control
        field={field}
        kind={field.kind}
        draft={draft}
        invalid={error !== undefined}
        onChange={onChange}
      />
      {help.map((line) => (
        <Form.Control.Feedback key={line} type="default">
          {line}
        </Form.Control.Feedback>
      ))}
      {error !== undefined && <Form.Control.Feedback type="invalid">{error}</Form.Control.Feedback>}
      {reset}
    </Form.Group>
  );
}

function CheckboxField({
  id,
  field,
  draft,
  error,
  help,
  onChange,
  children,
}: {
  readonly id: string;
  readonly field: SettingField;
  readonly draft: FieldDraft;
  readonly error: string | undefined;
  readonly help: readonly string[];
  readonly onChange: (value: boolean) => void;
  readonly children: ReactNode;
}) {
  return (
    <div className="plugin-settings-field form-group">
      <Form.Checkbox
        id={id}
        checked={draft.value === true}
        disabled={field.lockedBy !== undefined}
        isInvalid={error !== undefined}
        aria-invalid={error !== undefined}
        description={
          help.length > 0 || error !== undefined ? (
            <>
              {help.map((line) => (
                <span key={line} className="d-block">
                  {line}
                </span>
              ))}
              {error !== undefined && <span className="d-block text-danger">{error}</span>}
            </>
          ) : undefined
        }
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
      >
        {field.label}
      </Form.Checkbox>
      {children}
    </div>
  );
}
