// The Markdown description, written in a text area with a preview rendered as learners will see it.
import { useState } from 'react';
import { Button, ButtonGroup } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { Markdown } from '../../../shared/content/markdown.tsx';
import { TextField } from '../fields/text-field.tsx';
import { messages } from './messages.ts';

export function DescriptionField({
  value,
  onChange,
}: {
  readonly value: string | undefined;
  readonly onChange: (value: string | undefined) => void;
}) {
  const intl = useIntl();
  const [previewing, setPreviewing] = useState(false);
  const label = intl.formatMessage(messages.description);
  return (
    <div className="description-field mb-3">
      <ButtonGroup size="sm" className="description-toggle">
        <Button
          variant={previewing ? 'outline-primary' : 'primary'}
          aria-pressed={!previewing}
          onClick={() => setPreviewing(false)}
        >
          {intl.formatMessage(messages.write)}
        </Button>
        <Button
          variant={previewing ? 'primary' : 'outline-primary'}
          aria-pressed={previewing}
          onClick={() => setPreviewing(true)}
        >
          {intl.formatMessage(messages.preview)}
        </Button>
      </ButtonGroup>
      {previewing ? (
        <>
          <p className="pgn__form-label mb-2">{label}</p>
          <section className="markdown-preview" aria-label={intl.formatMessage(messages.previewLabel)}>
            {value ? (
              <Markdown source={value} />
            ) : (
              <p className="text-gray-700">{intl.formatMessage(messages.nothingToPreview)}</p>
            )}
          </section>
        </>
      ) : (
        <TextField
          pointer="/description"
          label={label}
          help={intl.formatMessage(messages.descriptionHelp)}
          type="textarea"
          rows={6}
          value={value}
          onChange={onChange}
        />
      )}
    </div>
  );
}
