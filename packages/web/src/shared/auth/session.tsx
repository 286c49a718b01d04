// Who is signed in: the session of the web UI (GET /api/v1/me), shared by every screen, with the
// sign-in page shown instead of the app when no one is, and a sign-in dialog over it when the
// session ends while someone works (session-renewal.tsx).
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { Container, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { apiCall } from '../api/api-call.ts';
import { ApiError, setCsrfToken } from '../api/client.ts';
import type { Answer } from '../api/types.ts';
import { SessionRenewal } from './session-renewal.tsx';
import { SignInPage } from './sign-in-page.tsx';
import { messages } from './messages.ts';

type MeResponse = Answer<'/api/v1/me', 'get'>;
export type SessionUser = MeResponse['user'];

interface Session {
  readonly user: SessionUser;
  readonly signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'signed-in'; readonly user: SessionUser };

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const intl = useIntl();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const signedIn = useCallback((me: MeResponse) => {
    setCsrfToken(me.csrfToken);
    setState({ kind: 'signed-in', user: me.user });
  }, []);
  useEffect(() => {
    apiCall('/api/v1/me', 'get')
      .then(signedIn)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setState({ kind: 'signed-out' });
        else throw error;
      });
  }, [signedIn]);
  const signOut = useCallback(async () => {
    // A session that has already ended is as good as signed out.
    await apiCall('/api/v1/session', 'delete').catch((error: unknown) => {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    });
    setCsrfToken(null);
    setState({ kind: 'signed-out' });
  }, []);

  if (state.kind === 'loading')
    return (
      <Container className="py-5 text-center">
        <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />
      </Container>
    );
  if (state.kind === 'signed-out') return <SignInPage onSignedIn={signedIn} />;
  return (
    <SessionContext.Provider value={{ user: state.user, signOut }}>
      {children}
      <SessionRenewal user={state.user} />
    </SessionContext.Provider>
  );
}
