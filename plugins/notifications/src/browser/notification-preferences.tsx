// The learner's email preferences, the same on every path page: emails on or off, one daily
// digest instead of single emails, and their language. Loaded from and saved to the plugin's
// me/preferences route; the saved state is said in words.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Alert, Button, Form } from '@openedx/paragon';
import type { BrowserPluginApi } from '@learning-paths/plugin-api';
import { messages } from './messages.ts';

interface Preferences {
  readonly optedOut: boolean;
  readonly digest: boolean;
  readonly language: 'en' | 'fr';
}

type Saving = 'idle' | 'saving' | 'saved' | 'failed';

function SavedState({ saved }: { readonly saved: Preferences }) {
  const intl = useIntl();
  const state = saved.optedOut
    ? messages.stateOff
    : saved.digest
      ? messages.stateDigest
      : messages.stateSingle;
  return <p>{intl.formatMessage(state)}</p>;
}

export function NotificationPreferences({ api }: { readonly api: BrowserPluginApi['api'] }) {
  const intl = useIntl();
  const headingId = useId();
  const [saved, setSaved] = useState<Preferences | null>(null);
  const [draft, setDraft] = useState<Preferences | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [saving, setSaving] = useState<Saving>('idle');

  useEffect(() => {
    const controller = new AbortController();
    api<Preferences>('me/preferences', { signal: controller.signal }).then(
      (answer) => {
        setSaved(answer);
        setDraft(answer);
      },
      () => !controller.signal.aborted && setLoadFailed(true),
    );
    return () => controller.abort();
  }, [api]);

  const change = (changes: Partial<Preferences>) => {
    setDraft((current) => (current ? { ...current, ...changes } : current));
    setSaving('idle');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setSaving('saving');
    try {
      const answer = await api<Preferences>('me/preferences', { method: 'PUT', body: draft });
      setSaved(answer);
      setDraft(answer);
      setSaving('saved');
    } catch {
      setSaving('failed');
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{intl.formatMessage(messages.heading)}</h2>
      <p>{intl.formatMessage(messages.scope)}</p>
      {loadFailed && <Alert variant="danger">{intl.formatMessage(messages.loadFailed)}</Alert>}
      {saved && <SavedState saved={saved} />}
      {draft && (
        <Form onSubmit={save}>
          {/* One choice a line: Paragon's checkboxes are inline. */}
          <Form.Group className="d-flex flex-column gap-2">
            <Form.Checkbox
              checked={!draft.optedOut}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                change({ optedOut: !event.target.checked })
              }
            >
              {intl.formatMessage(messages.emailMe)}
            </Form.Checkbox>
            <Form.Checkbox
              checked={draft.digest}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                change({ digest: event.target.checked })
              }
            >
              {intl.formatMessage(messages.digest)}
            </Form.Checkbox>
          </Form.Group>
          <Form.Group controlId={`${headingId}-language`}>
            <Form.Label>{intl.formatMessage(messages.language)}</Form.Label>
            <Form.Control
              as="select"
              value={draft.language}
              onChange={(event: React.ChangeEvent<HTMLSelectElement>) =>
                change({ language: event.target.value === 'fr' ? 'fr' : 'en' })
              }
            >
              <option value="en">{intl.formatMessage(messages.english)}</option>
              <option value="fr" lang="fr">
                {intl.formatMessage(messages.french)}
              </option>
            </Form.Control>
          </Form.Group>
          <Button type="submit" variant="primary" disabled={saving === 'saving'}>
            {intl.formatMessage(messages.save)}
          </Button>
        </Form>
      )}
      <div role="status" className="mt-2">
        {saving === 'saved' && intl.formatMessage(messages.saved)}
      </div>
      {saving === 'failed' && <Alert variant="danger">{intl.formatMessage(messages.saveFailed)}</Alert>}
    </section>
  );
}
