// "Your DID, for wallets" on the My credentials page: what a DID is for, in plain words, and a field
// to give, change or remove one. Problems with it show at the field, the outcome in words.
import { useEffect, useId, useState } from 'react';
import { Alert, Button, Form } from '@openedx/paragon';
import type { PluginApiError } from '@learning-paths/plugin-api';
import { useIntl, type MessageDescriptor } from 'react-intl';
import type { CredentialsApi } from './credentials-api.ts';
import { messages } from './messages.ts';

export function LearnerDidForm({ api }: { readonly api: CredentialsApi }) {
  const intl = useIntl();
  const id = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<MessageDescriptor | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    api.learnerDid().then(
      ({ did }) => {
        setSaved(did);
        setDraft(did ?? '');
      },
      (error: unknown) => setFailure((error as Error).message),
    );
  }, [api]);

  const act = async (change: () => Promise<string | null>, done: MessageDescriptor) => {
    setBusy(true);
    setOutcome(null);
    setProblem(null);
    setFailure(null);
    try {
      const did = await change();
      setSaved(did);
      setDraft(did ?? '');
      setOutcome(done);
    } catch (error) {
      const atField = (error as PluginApiError).problems?.find((entry) => entry.pointer === '/did');
      if (atField) setProblem(atField.message);
      else setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const save = () => act(async () => (await api.saveLearnerDid(draft.trim())).did, messages.didSaved);
  const remove = () =>
    act(async () => {
      await api.removeLearnerDid();
      return null;
    }, messages.didRemoved);

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-5">
      <h2 id={`${id}-heading`}>{intl.formatMessage(messages.didHeading)}</h2>
      <p>{intl.formatMessage(messages.didIntro)}</p>
      <Form
        noValidate
        onSubmit={(event: React.FormEvent) => {
          event.preventDefault();
          void save();
        }}
      >
        <Form.Group controlId={`${id}-did`} isInvalid={problem !== null}>
          <Form.Label>{intl.formatMessage(messages.didLabel)}</Form.Label>
          <Form.Control
            value={draft}
            // Paragon's group marks the field red but does not say so to screen readers.
            aria-invalid={problem !== null}
            maxLength={500}
            spellCheck={false}
            autoComplete="off"
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft(event.target.value)}
          />
          <Form.Text>{intl.formatMessage(messages.didHint)}</Form.Text>
          {problem !== null && <Form.Control.Feedback type="invalid">{problem}</Form.Control.Feedback>}
        </Form.Group>
        <div className="d-flex flex-wrap" style={{ gap: '0.5rem' }}>
          <Button type="submit" disabled={busy || draft.trim() === '' || draft.trim() === saved}>
            {intl.formatMessage(messages.didSave)}
          </Button>
          {saved !== null && (
            <Button variant="outline-danger" disabled={busy} onClick={() => void remove()}>
              {intl.formatMessage(messages.didRemove)}
            </Button>
          )}
        </div>
      </Form>
      <p role="status" className="mt-2 mb-0">
        {outcome !== null
          ? intl.formatMessage(outcome)
          : saved === null && failure === null
            ? intl.formatMessage(messages.didNone)
            : null}
      </p>
      {failure !== null && (
        <Alert variant="danger" className="mt-2">
          {intl.formatMessage(messages.didFailed, { detail: failure })}
        </Alert>
      )}
    </section>
  );
}
