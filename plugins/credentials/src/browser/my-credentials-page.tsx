// Learn's "My credentials" page (/learn/credentials): every credential of the learner, grouped by
// path (the newest first), each with the entry the path page's section uses; with none, how
// credentials are earned; then the learner's DID for wallets.
import { useCallback, useId } from 'react';
import { Hyperlink } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { CredentialEntry } from './credential-entry.tsx';
import type { CredentialsApi, ShownCredential } from './credentials-api.ts';
import { LoadingCredentials, useHeldCredentials } from './held-credentials.tsx';
import { LearnerDidForm } from './learner-did-form.tsx';
import { messages } from './messages.ts';

/** Where Learn's dashboard is: the learner's paths. */
const DASHBOARD = '/learn/';

export function MyCredentialsPage({ api }: { readonly api: CredentialsApi }) {
  const intl = useIntl();
  const id = useId();
  const load = useCallback(() => api.all(), [api]);
  const held = useHeldCredentials(load);
  const { items, replace } = held;
  return (
    <div className="credentials-page py-4">
      <h1>{intl.formatMessage(messages.pageHeading)}</h1>
      <p>{intl.formatMessage(messages.pageIntro)}</p>
      <LoadingCredentials held={held} />
      {items?.length === 0 && (
        <p>
          {intl.formatMessage(messages.pageNone)}{' '}
          <Hyperlink destination={DASHBOARD}>{intl.formatMessage(messages.toDashboard)}</Hyperlink>
        </p>
      )}
      {items !== null &&
        byPath(items).map(([pathKey, held], index) => (
          <section key={pathKey} aria-labelledby={`${id}-path-${index}`} className="mt-4">
            <h2 id={`${id}-path-${index}`} className="h3">
              {held[0]?.pathTitle}
            </h2>
            <ul className="list-unstyled">
              {held.map((item) => (
                <CredentialEntry key={item.id} api={api} item={item} onChanged={replace} />
              ))}
            </ul>
          </section>
        ))}
      <LearnerDidForm api={api} />
    </div>
  );
}

/** The credentials grouped by path, the path of the newest first. */
function byPath(items: readonly ShownCredential[]): [string, ShownCredential[]][] {
  const groups = new Map<string, ShownCredential[]>();
  for (const item of items) groups.set(item.pathKey, [...(groups.get(item.pathKey) ?? []), item]);
  return [...groups];
}
