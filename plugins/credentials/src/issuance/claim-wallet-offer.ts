// A wallet claiming an offer: the challenge it shows (the `challenge` of its DID-Auth presentation's
// proof, as the Learner Credential Wallet sends it, or a Bearer token) must be the offer's, before it
// expires, and only once; then it gets the signed credential. Anything else finds nothing.
// The presentation's signature is not checked: the challenge alone, secret and used once, is what
// the learner handed to their wallet (LCW signs with Ed25519Signature2020, a suite we do not ship).
import { recordAudit } from '../store/audit-rows.ts';
import { findCredential } from '../store/credential-rows.ts';
import { takeWalletOffer } from '../store/wallet-offer-rows.ts';
import { challengeHash } from './create-wallet-offer.ts';
import { tablesOf, type CredentialHost } from './issuer.ts';

/** The signed credential (JSON), or null when the offer cannot be claimed with this challenge. */
export async function claimWalletOffer(
  host: CredentialHost,
  claim: { offerId: string; challenge: string; at: string },
): Promise<string | null> {
  const db = tablesOf(host);
  return db.transaction().execute(async (trx) => {
    const offer = await takeWalletOffer(trx, {
      id: claim.offerId,
      challengeHash: challengeHash(claim.challenge),
      now: claim.at,
    });
    if (!offer) return null;
    const credential = await findCredential(trx, offer.credential_id);
    if (!credential) return null;
    await recordAudit(trx, {
      credentialId: credential.id,
      action: 'claimed',
      actor: offer.learner,
      at: claim.at,
    });
    return credential.credential;
  });
}
