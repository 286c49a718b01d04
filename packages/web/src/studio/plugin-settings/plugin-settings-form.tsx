// One plugin's settings form: its fields generated from the settings' JSON Schema, saved together.
// A refused save keeps what the administrator typed, shows each problem at its field and in a
// summary, and focuses the first field in error; a save puts the answer's values, and its history,
// in the form.
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { Alert, Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { apiCall } from '../../shared/api/api-call.ts';
import { ApiError } from '../../shared/api/client.ts';
import type { Answer } from '../../shared/api/types.ts';
import { settingFields } from './setting-fields.ts';
import { draftOf, encodeDraft, resetDraft, settingOfPointer, type Draft } from './setting-values.ts';
import { SettingFieldControl } from './setting-field.tsx';
import { SettingsHistory } from './settings-history.tsx';
import { messages } from './messages.ts';

export type PluginSettingsView = Answer<'/api/v1/plugin-settings/{id}', 'get'>;

/** Why the last save failed: problems by setting, those at no field, or another error. */
interface Refusal {
  readonly atFields: Readonly<Record<string, string>>;
  readonly elsewhere: readonly string[];
}

const NO_REFUSAL: Refusal = { atFields: {}, elsewhere: [] };

export function PluginSettingsForm({ initial }: { readonly initial: PluginSettingsView }) {
  const intl = useIntl();
  const formId = useId();
  const [view, setView] = useState(initial);
  const fields = useMemo(() => settingFields(view), [view]);
  const initialDraft = useMemo(() => draftOf(fields, view.values), [fields, view.values]);
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [refusal, setRefusal] = useState<Refusal>(NO_REFUSAL);
  const [failure, setFailure] = useState<Error | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ readonly name: string } | null>(null);
  const controlId = (name: string) => `${formId}-${name}`;

  useEffect(() => {
    if (focusRequest) document.getElementById(`${formId}-${focusRequest.name}`)?.focus();
  }, [focusRequest, formId]);

  const refuse = (atFields: Record<string, string>, elsewhere: string[]) => {
    setRefusal({ atFields, elsewhere });
    const first = fields.find((field) => field.name in atFields);
    if (first) setFocusRequest({ name: first.name });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    const encoded = encodeDraft(fields, draft, initialDraft);
    if (!encoded.ok) {
      const atFields = Object.fromEntries(
        Object.entries(encoded.errors).map(([name, error]) => [
          name,
          intl.formatMessage(messages.badJson, { error }),
        ]),
      );
      refuse(atFields, []);
      return;
    }
    setBusy(true);
    try {
      const next = await apiCall('/api/v1/plugin-settings/{id}', 'put', {
        params: { id: view.id },
        body: { values: encoded.values },
      });
      setView(next);
      setDraft(draftOf(settingFields(next), next.values));
      setRefusal(NO_REFUSAL);
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.problems.length > 0) {
        const names = new Set(fields.map((field) => field.name));
        const atFields: Record<string, string> = {};
        const elsewhere: string[] = [];
        for (const problem of error.problems) {
          const name = settingOfPointer(problem.pointer);
          if (name !== undefined && names.has(name)) atFields[name] ??= problem.message;
          else elsewhere.push(problem.message);
        }
        refuse(atFields, elsewhere);
      } else {
        setRefusal(NO_REFUSAL);
        setFailure(error instanceof Error ? error : new Error(String(error)));
      }
    } finally {
      setBusy(false);
    }
  };

  const edit = (name: string, next: Draft[string]) => {
    setDraft((current) => ({ ...current, [name]: next }));
    setSaved(false);
    // The field's problem goes once it is edited; the summary keeps the others.
    if (name in refusal.atFields)
      setRefusal({
        ...refusal,
        atFields: Object.fromEntries(Object.entries(refusal.atFields).filter(([other]) => other !== name)),
      });
  };

  const refused = [
    ...fields.flatMap((field) => {
      const problem = refusal.atFields[field.name];
      return problem === undefined
        ? []
        : [intl.formatMessage(messages.problemAt, { label: field.label, problem })];
    }),
    ...refusal.elsewhere,
  ];

  if (fields.length === 0) return <p className="mb-0">{intl.formatMessage(messages.noSettings)}</p>;
  return (
    <>
      <Form
        aria-label={intl.formatMessage(messages.formName, { id: view.id })}
        noValidate
        onSubmit={(event: FormEvent) => void submit(event)}
      >
        {fields.map((field) => (
          <SettingFieldControl
            key={field.name}
            id={controlId(field.name)}
            field={field}
            draft={draft[field.name]!}
            error={refusal.atFields[field.name]}
            onChange={(value) => edit(field.name, { value, reset: false })}
            onReset={() => edit(field.name, resetDraft(field))}
          />
        ))}
        {refused.length > 0 && (
          <Alert variant="danger" role="alert">
            <p className="mb-1">{intl.formatMessage(messages.notSaved, { count: refused.length })}</p>
            <ul className="mb-0">
              {refused.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Alert>
        )}
        {failure && (
          <Alert variant="danger" role="alert">
            {intl.formatMessage(messages.saveFailed, { error: failure.message })}
          </Alert>
        )}
        <div role="status">
          {saved && <Alert variant="success">{intl.formatMessage(messages.saved)}</Alert>}
        </div>
        <Button type="submit" disabled={busy}>
          {intl.formatMessage(busy ? messages.saving : messages.save)}
        </Button>
      </Form>
      <SettingsHistory headingId={`${formId}-history`} history={view.history} />
    </>
  );
}
