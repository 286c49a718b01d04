// One tier's credential settings: name, description, achievement type, image and criteria, each
// shown as generated from the definition being edited until the author changes it; saved with a
// problem shown at its field; with the credential's preview beside it, following the typing.
import { useId, useMemo, useState } from 'react';
import { Alert, Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathDefinition, Tier } from '@learning-paths/core';
import type { PluginApiError } from '@learning-paths/plugin-api';
import {
  effectiveValues,
  generatedValues,
  type TemplateField,
  type TemplateValues,
} from '../../issuance/credential-template.ts';
import type { TemplatesAnswer } from '../../routes/template-routes.ts';
import { CredentialPreview } from './credential-preview.tsx';
import type { StaffApi } from './staff-api.ts';
import { useDebounced } from './use-debounced.ts';
import { studioMessages as messages } from './messages.ts';

const IMAGE_TYPES = 'image/png,image/jpeg,image/webp,image/gif';
type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

export function TierTemplateForm({
  api,
  pathKey,
  definition,
  tier,
  context,
  saved,
}: {
  readonly api: StaffApi;
  readonly pathKey: string;
  readonly definition: PathDefinition;
  readonly tier: Tier;
  readonly context: TemplatesAnswer;
  readonly saved: TemplateValues | null;
}) {
  const intl = useIntl();
  const id = useId();
  const [template, setTemplate] = useState<TemplateValues>(
    saved ?? { name: null, description: null, achievementType: null, image: null, criteria: null },
  );
  const [state, setState] = useState<SaveState>('idle');
  const [dirty, setDirty] = useState(false);
  const [failure, setFailure] = useState<PluginApiError | null>(null);
  const [upload, setUpload] = useState<string | null>(null);
  const generated = useMemo(
    () =>
      generatedValues(definition, tier, {
        issuerName: context.issuer.name,
        achievementType: context.achievementType,
      }),
    [definition, tier, context],
  );
  const values = useMemo(() => effectiveValues(generated, template), [generated, template]);
  const preview = useDebounced(values);
  const readOnly = !context.canEdit;

  const change = (field: TemplateField, value: string | null) => {
    // A value the path would give anyway is not a customisation: it follows the path from then on.
    setTemplate((previous) => ({ ...previous, [field]: value === generated[field] ? null : value }));
    setDirty(true);
    setState('idle');
  };
  const problemAt = (field: TemplateField) =>
    failure?.problems.find((problem) => problem.pointer === `/${field}`)?.message;

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setState('pending');
    setFailure(null);
    try {
      const answer = await api.saveTemplate(pathKey, tier.id, template);
      setTemplate(answer.template);
      setDirty(false);
      setState('saved');
    } catch (error) {
      setFailure(error as PluginApiError);
      setState('failed');
    }
  };

  const chooseImage = async (file: File | undefined) => {
    if (!file) return;
    setUpload(intl.formatMessage(messages.uploading, { name: file.name }));
    try {
      change('image', await api.uploadImage(file));
      setUpload(null);
    } catch (error) {
      setUpload(
        intl.formatMessage(messages.uploadFailed, { name: file.name, detail: (error as Error).message }),
      );
    }
  };

  const text = (field: 'name' | 'description' | 'criteria', rows?: number) => {
    const problem = problemAt(field);
    return (
      <Form.Control
        {...(rows ? { as: 'textarea', rows } : {})}
        value={values[field]}
        readOnly={readOnly}
        isInvalid={problem !== undefined}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => change(field, event.target.value)}
      />
    );
  };
  const feedback = (field: TemplateField) => {
    const problem = problemAt(field);
    return problem === undefined ? null : (
      <Form.Control.Feedback type="invalid">{problem}</Form.Control.Feedback>
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="border-top pt-3 mb-4">
      <h3 id={`${id}-heading`} className="h4">
        {intl.formatMessage(messages.tierHeading, { tier: tier.title })}
      </h3>
      <div className="row">
        <Form className="col-lg-7 mb-3" onSubmit={(event: React.FormEvent) => void save(event)} noValidate>
          <Form.Group controlId={`${id}-name`}>
            <Form.Label>{intl.formatMessage(messages.name)}</Form.Label>
            {text('name')}
            {feedback('name')}
          </Form.Group>
          <Form.Group controlId={`${id}-description`}>
            <Form.Label>{intl.formatMessage(messages.description)}</Form.Label>
            {text('description', 3)}
            {feedback('description')}
          </Form.Group>
          <Form.Group controlId={`${id}-type`}>
            <Form.Label>{intl.formatMessage(messages.achievementType)}</Form.Label>
            <Form.Control
              as="select"
              value={values.achievementType}
              disabled={readOnly}
              onChange={(event: React.ChangeEvent<HTMLSelectElement>) =>
                change('achievementType', event.target.value)
              }
            >
              {context.achievementTypes.map((type) => (
                <option key={type} value={type}>
                  {type === context.achievementType
                    ? intl.formatMessage(messages.defaultType, { type })
                    : type}
                </option>
              ))}
            </Form.Control>
            {feedback('achievementType')}
          </Form.Group>
          <Form.Group controlId={`${id}-image`}>
            <Form.Label>{intl.formatMessage(messages.image)}</Form.Label>
            <Form.Control
              type="file"
              accept={IMAGE_TYPES}
              disabled={readOnly}
              aria-describedby={`${id}-image-help`}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                void chooseImage(event.target.files?.[0])
              }
            />
            <Form.Text id={`${id}-image-help`}>{intl.formatMessage(messages.imageHelp)}</Form.Text>
            {upload !== null && (
              <p role="status" className="small mb-1">
                {upload}
              </p>
            )}
            {feedback('image')}
            {template.image !== null && !readOnly && (
              <Button variant="link" size="sm" className="px-0" onClick={() => change('image', null)}>
                {intl.formatMessage(messages.usePathImage)}
              </Button>
            )}
          </Form.Group>
          <Form.Group controlId={`${id}-criteria`}>
            <Form.Label>{intl.formatMessage(messages.criteria)}</Form.Label>
            {text('criteria', 6)}
            <Form.Text>
              {intl.formatMessage(
                template.criteria === null ? messages.criteriaGenerated : messages.criteriaEdited,
              )}
            </Form.Text>
            {feedback('criteria')}
            {template.criteria !== null && !readOnly && (
              <Button variant="link" size="sm" className="px-0" onClick={() => change('criteria', null)}>
                {intl.formatMessage(messages.resetCriteria)}
              </Button>
            )}
          </Form.Group>
          {!readOnly && (
            <div className="d-flex flex-wrap align-items-center" style={{ gap: '0.5rem 1rem' }}>
              <Button type="submit" disabled={state === 'pending'}>
                {intl.formatMessage(state === 'pending' ? messages.saving : messages.save)}
              </Button>
              <p role="status" className="small mb-0">
                {state === 'saved' && intl.formatMessage(messages.saved)}
                {state !== 'saved' && dirty && intl.formatMessage(messages.unsaved)}
              </p>
            </div>
          )}
          {state === 'failed' && failure && (
            <Alert variant="danger" className="mt-3">
              {intl.formatMessage(messages.saveFailed, { detail: failure.message })}
            </Alert>
          )}
        </Form>
        <div className="col-lg-5">
          <h4 className="h5">{intl.formatMessage(messages.previewHeading)}</h4>
          <CredentialPreview
            values={preview}
            issuerName={context.issuer.name}
            pdfUrl={api.previewPdfUrl(pathKey, tier.id, preview.name.trim() || tier.title)}
          />
        </div>
      </div>
    </section>
  );
}
