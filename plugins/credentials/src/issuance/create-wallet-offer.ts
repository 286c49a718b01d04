// Offering a credential to the learner's wallet, as the Learner Credential Wallet (Digital
// Credentials Consortium) asks: a one-time offer with a random challenge, valid 10 minutes, and the
// wallet's request link carrying both. The wallet posts a DID-Auth presentation whose proof holds the
// challenge to the offer's address (claim-wallet-offer.ts), which answers the signed credential.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { recordAudit } from '../store/audit-rows.ts';
import type { CredentialRow } from '../store/credential-rows.ts';
import { insertWalletOffer } from '../store/wallet-offer-rows.ts';
import { issuerOf, tablesOf, type CredentialHost } from './issuer.ts';

/** How long an offer may be claimed: enough to open the wallet and scan, too short to be worth stealing. */
export const OFFER_MINUTES = 10;

/** The wallet's request link: a page of the wallet's site that opens the app on the phone. */
const LCW_REQUEST_PAGE = 'https://lcw.app/request.html';

export interface WalletOffer {
  readonly id: string;
  /** The link (and the QR code's text) that opens the wallet on this offer. */
  readonly deepLink: string;
  readonly expiresAt: string;
}

/** The hash kept of a challenge: a stolen database row claims nothing. */
export function challengeHash(challenge: string): string {
  return createHash('sha256').update(challenge, 'utf8').digest('hex');
}

export async function createWalletOffer(
  host: CredentialHost,
  credential: CredentialRow,
  at: string,
): Promise<WalletOffer> {
  const db = tablesOf(host);
  const issuer = issuerOf(host.settings);
  const id = randomUUID();
  const challenge = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.parse(at) + OFFER_MINUTES * 60_000).toISOString();
  await db.transaction().execute(async (trx) => {
    await insertWalletOffer(trx, {
      id,
      credential_id: credential.id,
      learner: credential.learner,
      challenge_hash: challengeHash(challenge),
      created_at: at,
      expires_at: expiresAt,
      used_at: null,
    });
    await recordAudit(trx, { credentialId: credential.id, action: 'offered', actor: credential.learner, at });
  });
  const query = new URLSearchParams({
    issuer: issuer.did,
    auth_type: 'bearer',
    challenge,
    vc_request_url: issuer.offerUrl(id),
  });
  return { id, deepLink: `${LCW_REQUEST_PAGE}?${query.toString()}`, expiresAt };
}
