// A list of skills with optional levels (the skills a path needs, or those it teaches).
import { Button, Icon, IconButton } from '@openedx/paragon';
import { Add, Delete } from '../icons.ts';
import { useIntl } from 'react-intl';
import type { SkillLevel } from '@learning-paths/core';
import { FieldsetShell } from '../fields/field-shell.tsx';
import { NumberField } from '../fields/number-field.tsx';
import { useField } from '../fields/problems-context.tsx';
import { TextField } from '../fields/text-field.tsx';
import { withFields } from '../state/references.ts';
import { messages } from './messages.ts';

export function SkillsField({
  pointer,
  legend,
  skills,
  onChange,
}: {
  readonly pointer: string;
  readonly legend: string;
  readonly skills: readonly SkillLevel[];
  readonly onChange: (skills: SkillLevel[] | undefined) => void;
}) {
  const intl = useIntl();
  const { problems } = useField(pointer);
  const change = (index: number, patch: Record<string, unknown>) =>
    onChange(skills.map((skill, at) => (at === index ? withFields(skill, patch) : skill)));
  const remove = (index: number) => {
    const rest = skills.filter((_skill, at) => at !== index);
    onChange(rest.length > 0 ? rest : undefined);
  };
  return (
    <FieldsetShell pointer={pointer} legend={legend} problems={problems}>
      {skills.length === 0 && <p className="small text-gray-700">{intl.formatMessage(messages.noSkills)}</p>}
      {skills.map((skill, index) => (
        <div key={index} className="skill-row">
          <TextField
            pointer={`${pointer}/${index}/skill`}
            label={intl.formatMessage(messages.skill)}
            value={skill.skill || undefined}
            onChange={(value) => change(index, { skill: value ?? '' })}
          />
          <NumberField
            pointer={`${pointer}/${index}/level`}
            label={intl.formatMessage(messages.skillLevel)}
            value={skill.level}
            step={1}
            onChange={(level) => change(index, { level })}
          />
          <IconButton
            src={Delete}
            iconAs={Icon}
            size="sm"
            className="skill-remove"
            alt={intl.formatMessage(messages.removeSkill, { position: index + 1 })}
            onClick={() => remove(index)}
          />
        </div>
      ))}
      <Button
        variant="outline-primary"
        size="sm"
        iconBefore={Add}
        onClick={() => onChange([...skills, { skill: '' }])}
      >
        {intl.formatMessage(messages.addSkill)}
      </Button>
    </FieldsetShell>
  );
}
