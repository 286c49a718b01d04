// The learner's credentials as the section and the My credentials page need them, from the plugin's
// root routes through `app.api` (session cookie, CSRF token on writes), with the LinkedIn link of each
// shareable one; offers to a wallet; and the learner's own DID.
import type { BrowserPluginApi } from '@learning-paths/plugin-api';
import { linkedInAddToProfile } from '../pages/linkedin-link.ts';
import type { WalletOffer } from '../issuance/create-wallet-offer.ts';
import type { CredentialItem } from '../routes/credential-views.ts';
import type { LearnerDidAnswer } from '../routes/did-routes.ts';

export type { LearnerDidAnswer, WalletOffer };

export interface ShownCredential extends CredentialItem {
  /** LinkedIn's "add to profile" link; null while private or revoked, as on the verification page. */
  readonly linkedIn: string | null;
}

export interface CredentialsApi {
  /** Every credential of the learner, the newest first. */
  all(): Promise<ShownCredential[]>;
  onPath(pathKey: string): Promise<ShownCredential[]>;
  setPublic(item: ShownCredential, visible: boolean): Promise<ShownCredential>;
  offerToWallet(item: ShownCredential): Promise<WalletOffer>;
  learnerDid(): Promise<LearnerDidAnswer>;
  saveLearnerDid(did: string): Promise<LearnerDidAnswer>;
  removeLearnerDid(): Promise<void>;
}

const LEARNER_DID = '/api/v1/me/credentials/did';

/** What LinkedIn's link takes from the signed credential: its name and its issuer's. */
interface SignedCredential {
  readonly name: string;
  readonly issuer: { readonly name: string };
}

export function credentialsApi(app: BrowserPluginApi): CredentialsApi {
  // The signed credential names the issuer as it was when signed; the list does not carry it. It is
  // read from the service itself (the item's address names the configured public URL).
  const withLinkedIn = async (item: CredentialItem): Promise<ShownCredential> => {
    if (!item.public || item.revoked) return { ...item, linkedIn: null };
    const response = await fetch(`${new URL(item.url).pathname}.json`, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return { ...item, linkedIn: null };
    const signed = (await response.json()) as SignedCredential;
    const linkedIn = linkedInAddToProfile({
      name: signed.name,
      organizationName: signed.issuer.name,
      issuedAt: new Date(item.issuedAt),
      certUrl: item.url,
      certId: item.id,
    });
    return { ...item, linkedIn };
  };
  const credentials = async () =>
    (await app.api<{ items: CredentialItem[] }>('/api/v1/me/credentials')).items;
  return {
    async all() {
      return Promise.all((await credentials()).map(withLinkedIn));
    },
    async onPath(pathKey) {
      return Promise.all((await credentials()).filter((item) => item.pathKey === pathKey).map(withLinkedIn));
    },
    async setPublic(item, visible) {
      const answer = await app.api<CredentialItem>(`/api/v1/me/credentials/${encodeURIComponent(item.id)}`, {
        method: 'PATCH',
        body: { public: visible },
      });
      return withLinkedIn(answer);
    },
    offerToWallet(item) {
      return app.api<WalletOffer>(`/api/v1/me/credentials/${encodeURIComponent(item.id)}/wallet-offers`, {
        method: 'POST',
      });
    },
    learnerDid() {
      return app.api<LearnerDidAnswer>(LEARNER_DID);
    },
    saveLearnerDid(did) {
      return app.api<LearnerDidAnswer>(LEARNER_DID, { method: 'PUT', body: { did } });
    },
    async removeLearnerDid() {
      await app.api(LEARNER_DID, { method: 'DELETE' });
    },
  };
}
