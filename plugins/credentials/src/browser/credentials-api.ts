// The learner's credentials as the section needs them, from the plugin's root routes through
// `app.api` (session cookie, CSRF token on writes), with the LinkedIn link of each shareable one.
import type { BrowserPluginApi } from '@learning-paths/plugin-api';
import { linkedInAddToProfile } from '../pages/linkedin-link.ts';
import type { CredentialItem } from '../routes/credential-views.ts';

export interface ShownCredential extends CredentialItem {
  /** LinkedIn's "add to profile" link; null while private or revoked, as on the verification page. */
  readonly linkedIn: string | null;
}

export interface CredentialsApi {
  onPath(pathKey: string): Promise<ShownCredential[]>;
  setPublic(item: ShownCredential, visible: boolean): Promise<ShownCredential>;
}

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
  return {
    async onPath(pathKey) {
      const { items } = await app.api<{ items: CredentialItem[] }>('/api/v1/me/credentials');
      return Promise.all(items.filter((item) => item.pathKey === pathKey).map(withLinkedIn));
    },
    async setPublic(item, visible) {
      const answer = await app.api<CredentialItem>(`/api/v1/me/credentials/${encodeURIComponent(item.id)}`, {
        method: 'PATCH',
        body: { public: visible },
      });
      return withLinkedIn(answer);
    },
  };
}
