// One credential, in the path page's section and on the My credentials page: its tier, date and
// status in words, its links (each naming the tier for screen readers, since every entry has the same
// ones), its Public switch, and "Send to wallet" while it is valid.
import { useId, useState } from 'react';
import { Alert, Badge, Form, Hyperlink } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { CredentialsApi, ShownCredential } from './credentials-api.ts';
import { messages } from './messages.ts';
import { WalletOfferButton } from './wallet-offer-button.tsx';

export function CredentialEntry({
  api,
  item,
  onChanged,
}: {
  readonly api: CredentialsApi;
  readonly item: ShownCredential;
  readonly onChanged: (item: ShownCredential) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const date = (value: string) => intl.formatDate(value, { dateStyle: 'long' });
  const ofTier = (
    <span className="sr-only"> {intl.formatMessage(messages.ofTier, { tier: item.title })}</span>
  );
  const links = [
    [messages.view, item.url],
    [messages.pdf, `${item.url}.pdf`],
    [messages.json, `${item.url}.json`],
    ...(item.linkedIn === null ? [] : [[messages.linkedIn, item.linkedIn] as const]),
  ] as const;

  const changeVisibility = async (visible: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await api.setPublic(item, visible));
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="border-bottom pb-3 mb-3">
      <h3 className="h4">
        {item.title}{' '}
        <Badge variant={item.revoked ? 'danger' : 'success'}>
          {intl.formatMessage(item.revoked ? messages.revoked : messages.valid)}
        </Badge>
      </h3>
      <p className="mb-2">
        {intl.formatMessage(messages.issuedOn, { date: date(item.issuedAt) })}
        {item.revokedAt !== null && (
          <> · {intl.formatMessage(messages.revokedOn, { date: date(item.revokedAt) })}</>
        )}
      </p>
      <ul
        className="list-inline mb-2"
        aria-label={intl.formatMessage(messages.linksLabel, { tier: item.title })}
      >
        {links.map(([message, href]) => (
          <li key={message.id} className="list-inline-item">
            <Hyperlink destination={href}>
              {intl.formatMessage(message)}
              {ofTier}
            </Hyperlink>
          </li>
        ))}
      </ul>
      <Form.Switch
        checked={item.public}
        disabled={busy}
        aria-describedby={`${id}-visibility`}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => void changeVisibility(event.target.checked)}
      >
        {intl.formatMessage(messages.public)}
        {ofTier}
      </Form.Switch>
      <p id={`${id}-visibility`} className="small text-gray-700 mb-0">
        {intl.formatMessage(item.public ? messages.publicHelp : messages.privateHelp)}
      </p>
      {failure !== null && (
        <Alert variant="danger" className="mt-2">
          {intl.formatMessage(messages.visibilityFailed, { detail: failure })}
        </Alert>
      )}
      {!item.revoked && (
        <div className="mt-2">
          <WalletOfferButton api={api} item={item} ofTier={ofTier} />
        </div>
      )}
    </li>
  );
}
