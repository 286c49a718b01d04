// The local sign-in page (standalone mode): username and password, errors said next to the form.
// When the service throttles guessing (429), it says how long to wait and holds the button till then.
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Container, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { apiCall } from '../api/api-call.ts';
import { ApiError } from '../api/client.ts';
import type { SessionUser } from './session.tsx';
import { messages } from './messages.ts';

/** The wait the service asked for, in seconds: an object, so that each answer restarts the timer. */
interface Wait {
  readonly seconds: number;
}

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
  const [wait, setWait] = useState<Wait | null>(null);

  useEffect(() => {
    if (!wait) return;
    const timer = setTimeout(() => {
      setWait(null);
      setError(null);
    }, wait.seconds * 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const waitMessage = (seconds: number) =>
    seconds < 60
      ? intl.formatMessage(messages.throttledSeconds, { seconds })
      : intl.formatMessage(messages.throttledMinutes, { minutes: Math.ceil(seconds / 60) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await apiCall('/api/v1/session', 'post', { body: { username, password } }));
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 429) {
        const seconds = caught.retryAfterSeconds ?? 1;
        setWait({ seconds });
        setError(waitMessage(seconds));
      } else
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
              <Button type="submit" disabled={busy || wait !== null} block>
                {intl.formatMessage(busy ? messages.signingIn : messages.submit)}
              </Button>
            </Form>
          </Card.Section>
        </Card>
      </Container>
    </main>
  );
}
