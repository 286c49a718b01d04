// Learn's path page section "Your credentials for this path": each credential the learner holds on
// the path, or, with none yet, which tiers carry one. Shown only on paths with tiers or credentials.
import { useEffect, useId, useState } from 'react';
import { Alert, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathDefinition } from '@learning-paths/core';
import { CredentialEntry } from './credential-entry.tsx';
import type { CredentialsApi, ShownCredential } from './credentials-api.ts';
import { messages } from './messages.ts';

export function CredentialsSection({
  api,
  pathKey,
  definition,
}: {
  readonly api: CredentialsApi;
  readonly pathKey: string;
  readonly definition: PathDefinition;
}) {
  const intl = useIntl();
  const id = useId();
  const [items, setItems] = useState<ShownCredential[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let current = true;
    setItems(null);
    api.onPath(pathKey).then(
      (answer) => current && setItems(answer),
      (failure: unknown) => current && setError(failure as Error),
    );
    return () => {
      current = false;
    };
  }, [api, pathKey]);

  const tiers = definition.tiers ?? [];
  if (tiers.length === 0 && (items === null || items.length === 0)) return null;
  const replace = (changed: ShownCredential) =>
    setItems((previous) => previous?.map((item) => (item.id === changed.id ? changed : item)) ?? null);
  return (
    <section aria-labelledby={id} className="mb-4">
      <h2 id={id}>{intl.formatMessage(messages.heading)}</h2>
      {error && (
        <Alert variant="danger">{intl.formatMessage(messages.loadFailed, { detail: error.message })}</Alert>
      )}
      {items === null && !error && (
        <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />
      )}
      {items?.length === 0 && (
        <p>
          {intl.formatMessage(messages.none, {
            tiers: intl.formatList(tiers.map((tier) => tier.title)),
          })}
        </p>
      )}
      {items !== null && items.length > 0 && (
        <ul className="list-unstyled">
          {items.map((item) => (
            <CredentialEntry key={item.id} api={api} item={item} onChanged={replace} />
          ))}
        </ul>
      )}
    </section>
  );
}
