// The learner's credentials as a page or section loads them: the list (null while it loads), a
// change to one of them kept in place, and what to show while loading or after a failure.
import { useEffect, useState } from 'react';
import { Alert, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { ShownCredential } from './credentials-api.ts';
import { messages } from './messages.ts';

export interface HeldCredentials {
  readonly items: ShownCredential[] | null;
  readonly error: Error | null;
  /** Puts a changed credential (made public or private) in place of its old copy. */
  readonly replace: (changed: ShownCredential) => void;
}

/** Loads with `load` again whenever it changes (a new path, say); an answer that came late is dropped. */
export function useHeldCredentials(load: () => Promise<ShownCredential[]>): HeldCredentials {
  const [items, setItems] = useState<ShownCredential[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let current = true;
    setItems(null);
    load().then(
      (answer) => current && setItems(answer),
      (failure: unknown) => current && setError(failure as Error),
    );
    return () => {
      current = false;
    };
  }, [load]);
  const replace = (changed: ShownCredential) =>
    setItems((previous) => previous?.map((item) => (item.id === changed.id ? changed : item)) ?? null);
  return { items, error, replace };
}

/** The failure, in words, or a spinner while the list loads; nothing once it has. */
export function LoadingCredentials({ held }: { readonly held: HeldCredentials }) {
  const intl = useIntl();
  if (held.error)
    return (
      <Alert variant="danger">
        {intl.formatMessage(messages.loadFailed, { detail: held.error.message })}
      </Alert>
    );
  if (held.items === null)
    return <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />;
  return null;
}
