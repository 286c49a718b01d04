// What happens when the session ends while someone is signed in: calls the service refuses wait
// (client.ts), the session is looked up again (it may have been renewed in another tab or by the
// LMS's cookies), and if there is none the sign-in dialog asks; once the same user is back the
// calls are sent again with the new CSRF token. Someone else signing in leaves for the start page.
import { useCallback, useEffect, useState } from 'react';
import { useHref } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { apiCall } from '../api/api-call.ts';
import { ApiError, currentCsrfToken, setCsrfToken, setSessionRenewal } from '../api/client.ts';
import type { SessionUser } from './session.tsx';
import { SignInDialog } from './sign-in-dialog.tsx';
import { SignedInAsOtherDialog } from './signed-in-as-other-dialog.tsx';
import type { SignedIn } from './use-sign-in.ts';
import { messages } from './messages.ts';

/** The session as the service sees it now, null when no one is signed in. */
async function sessionNow(): Promise<SignedIn | null> {
  try {
    return await apiCall('/api/v1/me', 'get');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

interface Asking {
  readonly resolve: (retry: boolean) => void;
  readonly reject: (error: Error) => void;
}

export function SessionRenewal({ user }: { readonly user: SessionUser }) {
  const intl = useIntl();
  const startPage = useHref('/');
  const [asking, setAsking] = useState<Asking | null>(null);
  const [other, setOther] = useState<string | null>(null);

  /** A session found: the same user goes on with its token; anyone else is told, and not retried. */
  const found = useCallback(
    (me: SignedIn): boolean => {
      if (me.user.username !== user.username) {
        setOther(me.user.username);
        return false;
      }
      setCsrfToken(me.csrfToken);
      return true;
    },
    [user.username],
  );

  useEffect(() => {
    setSessionRenewal(async (refused) => {
      const me = await sessionNow();
      if (me) {
        const stale = me.csrfToken !== currentCsrfToken();
        // Never settles for someone else: the page is left for the start page instead.
        if (!found(me)) return new Promise<boolean>(() => undefined);
        return refused === 401 || stale;
      }
      // A 403 with no session is for the 401 that the next call will meet.
      if (refused === 403) return false;
      return new Promise<boolean>((resolve, reject) => setAsking({ resolve, reject }));
    });
    return () => setSessionRenewal(null);
  }, [found]);

  if (other !== null)
    return (
      <SignedInAsOtherDialog
        username={other}
        previous={user.username}
        onRestart={() => window.location.assign(startPage)}
      />
    );
  if (!asking) return null;
  const settle = (me: SignedIn) => {
    setAsking(null);
    if (found(me)) asking.resolve(true);
  };
  return (
    <SignInDialog
      username={user.username}
      onSignedIn={settle}
      onCancel={() => {
        setAsking(null);
        asking.reject(new ApiError(401, intl.formatMessage(messages.endedCancelled)));
      }}
      onCheck={async () => {
        const me = await sessionNow();
        if (me) settle(me);
        return me !== null;
      }}
    />
  );
}
