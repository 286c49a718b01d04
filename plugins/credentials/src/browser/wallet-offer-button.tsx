// "Send to wallet" for one credential: makes a one-time offer and shows the Learner Credential
// Wallet's request link, as a link and as a QR code (an SVG made here, shown as an image: nothing is
// inserted as HTML). Each press makes a new offer; an earlier one still works until it expires.
import { useState } from 'react';
import { Alert, Button, Hyperlink } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import QRCode from 'qrcode';
import type { CredentialsApi, ShownCredential } from './credentials-api.ts';
import { messages } from './messages.ts';

interface ShownOffer {
  readonly deepLink: string;
  readonly expiresAt: string;
  /** The QR code of the link, as a `data:` URL of its SVG. */
  readonly qrCode: string;
}

export function WalletOfferButton({
  api,
  item,
  ofTier,
}: {
  readonly api: CredentialsApi;
  readonly item: ShownCredential;
  /** Words naming the credential for screen readers, since every entry has the same button. */
  readonly ofTier: React.ReactNode;
}) {
  const intl = useIntl();
  const [offer, setOffer] = useState<ShownOffer | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const makeOffer = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const made = await api.offerToWallet(item);
      const svg = await QRCode.toString(made.deepLink, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      setOffer({ ...made, qrCode: `data:image/svg+xml,${encodeURIComponent(svg)}` });
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="outline-primary" size="sm" disabled={busy} onClick={() => void makeOffer()}>
        {intl.formatMessage(messages.sendToWallet)}
        {ofTier}
      </Button>
      {failure !== null && (
        <Alert variant="danger" className="mt-2">
          {intl.formatMessage(messages.walletFailed, { detail: failure })}
        </Alert>
      )}
      {offer !== null && (
        <div
          className="credentials-wallet-offer border rounded p-3 mt-2"
          role="group"
          aria-label={intl.formatMessage(messages.walletHeading, { tier: item.title })}
        >
          <p className="mb-2">
            {intl.formatMessage(messages.walletHelp, {
              time: intl.formatTime(offer.expiresAt, { timeStyle: 'short' }),
            })}
          </p>
          <img
            src={offer.qrCode}
            alt={intl.formatMessage(messages.walletQr, { tier: item.title })}
            width={200}
            height={200}
            className="d-block mb-2"
          />
          <Hyperlink destination={offer.deepLink}>
            {intl.formatMessage(messages.walletLink)}
            {ofTier}
          </Hyperlink>
        </div>
      )}
    </>
  );
}
