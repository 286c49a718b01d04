// What completing a step takes (a step's `criteria`, or the path's `defaultCriteria`): a minimum
// completion and a minimum grade as percentages, and "must be passed". All empty removes the
// criteria, so the default applies.
import { Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { Criteria } from '@learning-paths/core';
import { withFields } from '../state/references.ts';
import { fieldId } from '../validation/field-pointers.ts';
import { FieldsetShell } from './field-shell.tsx';
import { NumberField } from './number-field.tsx';
import { useField } from './problems-context.tsx';
import { messages } from './messages.ts';

export function CriteriaFields({
  pointer,
  criteria,
  onChange,
  defaultSummary,
}: {
  readonly pointer: string;
  readonly criteria: Criteria | undefined;
  readonly onChange: (criteria: Criteria | undefined) => void;
  /** The default that applies when all are empty; none for the path's own default. */
  readonly defaultSummary?: string;
}) {
  const intl = useIntl();
  const { problems, touch } = useField(pointer);
  const passed = useField(`${pointer}/passed`);
  const set = (field: string, value: unknown) => {
    const next = withFields(criteria ?? {}, { [field]: value });
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };
  const help = [
    intl.formatMessage(messages.criteriaAll),
    defaultSummary ? intl.formatMessage(messages.criteriaDefault, { summary: defaultSummary }) : '',
  ].join(' ');
  return (
    <FieldsetShell
      pointer={pointer}
      legend={intl.formatMessage(messages.criteriaLegend)}
      help={help}
      problems={problems}
    >
      <div className="editor-field-row">
        <NumberField
          pointer={`${pointer}/completion`}
          label={intl.formatMessage(messages.minimumCompletion)}
          value={criteria?.completion}
          scale={100}
          onChange={(value) => set('completion', value)}
        />
        <NumberField
          pointer={`${pointer}/grade`}
          label={intl.formatMessage(messages.minimumGrade)}
          value={criteria?.grade}
          scale={100}
          onChange={(value) => set('grade', value)}
        />
      </div>
      <Form.Checkbox
        id={fieldId(`${pointer}/passed`)}
        checked={criteria?.passed === true}
        isInvalid={passed.problems.length > 0}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          touch();
          set('passed', event.target.checked ? true : undefined);
        }}
      >
        {intl.formatMessage(messages.mustPass)}
      </Form.Checkbox>
      {passed.problems.map((message) => (
        <Form.Text key={message} type="invalid">
          {message}
        </Form.Text>
      ))}
    </FieldsetShell>
  );
}
