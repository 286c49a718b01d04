// Signing in with a username and password, shared by the sign-in page and the dialog that asks
// again when a session ends: the form's values, and failures in words (a wrong password; the wait
// the service asks after too many attempts, the button held until it is over).
import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { apiCall } from '../api/api-call.ts';
import { ApiError } from '../api/client.ts';
import type { Answer } from '../api/types.ts';
import { messages } from './messages.ts';

/** Who is signed in, and the CSRF token of their session (null when not signed in by it). */
export type SignedIn = Answer<'/api/v1/me', 'get'>;

/** The wait the service asked for, in seconds: an object, so that each answer restarts the timer. */
interface Wait {
  readonly seconds: number;
}

export interface SignInForm {
  readonly username: string;
  readonly setUsername: (value: string) => void;
  readonly password: string;
  readonly setPassword: (value: string) => void;
  readonly error: string | null;
  /** True while signing in, or while the service makes the user wait. */
  readonly held: boolean;
  readonly busy: boolean;
  readonly submit: (event: FormEvent) => void;
}

export function useSignIn(onSignedIn: (me: SignedIn) => void, initialUsername = ''): SignInForm {
  const intl = useIntl();
  const [username, setUsername] = useState(initialUsername);
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

  const failure = (caught: unknown): string => {
    if (caught instanceof ApiError && caught.status === 429) {
      const seconds = caught.retryAfterSeconds ?? 1;
      setWait({ seconds });
      return seconds < 60
        ? intl.formatMessage(messages.throttledSeconds, { seconds })
        : intl.formatMessage(messages.throttledMinutes, { minutes: Math.ceil(seconds / 60) });
    }
    if (caught instanceof ApiError && caught.status === 401) return intl.formatMessage(messages.failed);
    return intl.formatMessage(messages.unavailable);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    apiCall('/api/v1/session', 'post', { body: { username, password } })
      .then(onSignedIn)
      .catch((caught: unknown) => setError(failure(caught)))
      .finally(() => setBusy(false));
  };

  return { username, setUsername, password, setPassword, error, busy, held: busy || wait !== null, submit };
}
