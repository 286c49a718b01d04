// The local sign-in page (standalone mode): username and password, errors said next to the form.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Container, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { api, ApiError } from '../api/client.ts';
import type { SessionUser } from './session.tsx';
import { messages } from './messages.ts';

export function SignInPage({
  onSignedIn,
}: {
  readonly onSignedIn: (me: { user: SessionUser; csrfToken: string | null }) => void;
}) {
  const intl = useIntl();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api('/api/v1/session', { method: 'POST', body: { username, password } }));
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 401
          ? intl.formatMessage(messages.failed)
          : String(caught),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main>
      <Container size="xs" className="py-5">
        <Card>
          <Card.Section>
            <h1 className="h3 mb-4">{intl.formatMessage(messages.title)}</h1>
            {error && (
              <Alert variant="danger" role="alert">
                {error}
              </Alert>
            )}
            <Form onSubmit={(event: FormEvent) => void submit(event)}>
              <Form.Group controlId="sign-in-username">
                <Form.Label>{intl.formatMessage(messages.username)}</Form.Label>
                <Form.Control
                  value={username}
                  autoComplete="username"
                  required
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => setUsername(event.target.value)}
                />
              </Form.Group>
              <Form.Group controlId="sign-in-password">
                <Form.Label>{intl.formatMessage(messages.password)}</Form.Label>
                <Form.Control
                  type="password"
                  value={password}
                  autoComplete="current-password"
                  required
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => setPassword(event.target.value)}
                />
              </Form.Group>
              <Button type="submit" disabled={busy} block>
                {intl.formatMessage(busy ? messages.signingIn : messages.submit)}
              </Button>
            </Form>
          </Card.Section>
        </Card>
      </Container>
    </main>
  );
}
