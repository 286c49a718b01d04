// The Details section: the path's key, what learners read about it (title, subtitle, Markdown
// description, image, level, duration, time commitment), who sees it, its skills and the default
// criteria of its steps; plugins add fields at the end.
import { Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathDefinition, SkillLevel } from '@learning-paths/core';
import { PluginSlot } from '../../../shared/plugins/plugin-slots.tsx';
import { useEditor } from '../editor-context.tsx';
import { CriteriaFields } from '../fields/criteria-fields.tsx';
import { FieldsetShell } from '../fields/field-shell.tsx';
import { useField } from '../fields/problems-context.tsx';
import { SelectField } from '../fields/select-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import { STUDIO_SLOTS } from '../plugin-slot-ids.ts';
import { withFields } from '../state/references.ts';
import { fieldId, PATH_POINTER } from '../validation/field-pointers.ts';
import { DescriptionField } from './description-field.tsx';
import { ImageField } from './image-field.tsx';
import { KeyFields } from './key-fields.tsx';
import { SkillsField } from './skills-field.tsx';
import { messages } from './messages.ts';

export function MetadataForm({ isNew }: { readonly isNew: boolean }) {
  const intl = useIntl();
  const { definition, edit } = useEditor();
  const visibility = useField('/visibility');
  const set = (field: string, value: unknown) => edit((current) => withFields(current, { [field]: value }));
  const setSkills = (list: 'required' | 'acquired', skills: SkillLevel[] | undefined) =>
    edit((current) => {
      const next = withFields(current.skills ?? {}, { [list]: skills });
      return withFields(current, { skills: Object.keys(next).length > 0 ? next : undefined });
    });
  const levels = [
    { value: '', label: intl.formatMessage(messages.levelNone) },
    ...(['beginner', 'intermediate', 'advanced'] as const).map((level) => ({
      value: level,
      label: intl.formatMessage(messages[level]),
    })),
  ];
  return (
    <div id={fieldId(PATH_POINTER)} tabIndex={-1}>
      <h2 className="h3">{intl.formatMessage(messages.heading)}</h2>
      <KeyFields value={definition.key} isNew={isNew} onChange={(key) => set('key', key)} />
      <TextField
        pointer="/title"
        label={intl.formatMessage(messages.title)}
        value={definition.title || undefined}
        onChange={(title) => set('title', title ?? '')}
      />
      <TextField
        pointer="/subtitle"
        label={intl.formatMessage(messages.subtitle)}
        value={definition.subtitle}
        onChange={(value) => set('subtitle', value)}
      />
      <DescriptionField value={definition.description} onChange={(value) => set('description', value)} />
      <ImageField value={definition.image} onChange={(value) => set('image', value)} />
      <div className="editor-field-row">
        <SelectField
          pointer="/level"
          label={intl.formatMessage(messages.level)}
          value={definition.level ?? ''}
          options={levels}
          onChange={(value) => set('level', value || undefined)}
        />
        <TextField
          pointer="/duration"
          label={intl.formatMessage(messages.duration)}
          help={intl.formatMessage(messages.durationHelp)}
          value={definition.duration}
          onChange={(value) => set('duration', value)}
        />
        <TextField
          pointer="/timeCommitment"
          label={intl.formatMessage(messages.timeCommitment)}
          help={intl.formatMessage(messages.timeCommitmentHelp)}
          value={definition.timeCommitment}
          onChange={(value) => set('timeCommitment', value)}
        />
      </div>
      <FieldsetShell
        pointer="/visibility"
        legend={intl.formatMessage(messages.visibility)}
        problems={visibility.problems}
      >
        <div className="choice-list">
          {(['invite_only', 'public'] as const).map((value) => (
            <Form.Radio
              key={value}
              id={`visibility-${value}`}
              name="visibility"
              value={value}
              checked={(definition.visibility ?? 'invite_only') === value}
              onChange={() => set('visibility', value)}
            >
              {intl.formatMessage(value === 'public' ? messages.public : messages.inviteOnly)}
            </Form.Radio>
          ))}
        </div>
      </FieldsetShell>
      <div className="editor-columns">
        <SkillsField
          pointer="/skills/required"
          legend={intl.formatMessage(messages.requiredSkills)}
          skills={definition.skills?.required ?? []}
          onChange={(skills) => setSkills('required', skills)}
        />
        <SkillsField
          pointer="/skills/acquired"
          legend={intl.formatMessage(messages.acquiredSkills)}
          skills={definition.skills?.acquired ?? []}
          onChange={(skills) => setSkills('acquired', skills)}
        />
      </div>
      <h3 className="h4">{intl.formatMessage(messages.defaultCriteria)}</h3>
      <p className="small text-gray-700">{intl.formatMessage(messages.defaultCriteriaHelp)}</p>
      <CriteriaFields
        pointer="/defaultCriteria"
        criteria={definition.defaultCriteria}
        onChange={(criteria) => set('defaultCriteria', criteria)}
      />
      <PluginSlot
        id={STUDIO_SLOTS.pathFormFields}
        props={{ definition, onChange: (next: PathDefinition) => edit(() => next) }}
      />
    </div>
  );
}
