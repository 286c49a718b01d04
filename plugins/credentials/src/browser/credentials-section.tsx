// Learn's path page section "Your credentials for this path": each credential the learner holds on
// the path, or, with none yet, which tiers carry one. Shown only on paths with tiers or credentials.
import { useCallback, useId } from 'react';
import { useIntl } from 'react-intl';
import type { PathDefinition } from '@learning-paths/core';
import { CredentialEntry } from './credential-entry.tsx';
import type { CredentialsApi } from './credentials-api.ts';
import { LoadingCredentials, useHeldCredentials } from './held-credentials.tsx';
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
  const load = useCallback(() => api.onPath(pathKey), [api, pathKey]);
  const held = useHeldCredentials(load);
  const { items, replace } = held;

  const tiers = definition.tiers ?? [];
  if (tiers.length === 0 && (items === null || items.length === 0)) return null;
  return (
    <section aria-labelledby={id} className="mb-4">
      <h2 id={id}>{intl.formatMessage(messages.heading)}</h2>
      <LoadingCredentials held={held} />
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
