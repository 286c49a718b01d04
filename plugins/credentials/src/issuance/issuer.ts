// The issuer as the settings say now (read at each use: administrators may change them): its DID,
// the addresses of what it publishes, the profile its credentials carry, and the document loader that
// resolves its own DID from its stored keys, so that nothing is fetched over the network.
import type { PluginHost } from '@learning-paths/plugin-api';
import { documentLoader, type DocumentLoader } from '../signing/document-loader.ts';
import { didDocument, didWeb, type DidDocument, type IssuerKey } from '../signing/issuer-keys.ts';
import type { OpenBadgeInput } from '../signing/open-badge.ts';
import type { CredentialSettings } from '../settings.ts';
import { publishedKeys, signingKey } from '../store/issuer-key-rows.ts';
import type { CredentialDatabase } from '../tables.ts';

export type CredentialHost = PluginHost<CredentialSettings>;

export function tablesOf(host: CredentialHost): CredentialDatabase {
  return host.database as CredentialDatabase;
}

export interface Issuer {
  readonly did: string;
  readonly profile: OpenBadgeInput['issuer'];
  credentialUrl(id: string): string;
  statusListUrl(list: string): string;
  /** Where a wallet claims a one-time offer of a credential. */
  offerUrl(offerId: string): string;
  /** The achievement's id: one URL for each path and tier, the same in every credential for it. */
  achievementUrl(pathKey: string, tier: string): string;
  /** An address the path gives (an image), made absolute against the public URL; null when not http(s). */
  absoluteUrl(address: string): string | null;
  /** A skill's alignment target: the skill itself when the path names it by URL, else an address of ours. */
  skillUrl(skill: string): string;
}

export function issuerOf(settings: CredentialSettings): Issuer {
  const publicUrl = settings.publicUrl.replace(/\/+$/, '');
  const did = didWeb(publicUrl);
  const absoluteUrl = (address: string): string | null => {
    try {
      const url = new URL(address, `${publicUrl}/`);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch {
      return null;
    }
  };
  return {
    did,
    profile: {
      did,
      name: settings.issuerName,
      url: settings.issuerUrl || publicUrl,
      ...(settings.issuerEmail ? { email: settings.issuerEmail } : {}),
      ...(settings.issuerImage ? { imageUrl: settings.issuerImage } : {}),
    },
    credentialUrl: (id) => `${publicUrl}/credentials/${encodeURIComponent(id)}`,
    statusListUrl: (list) => `${publicUrl}/credentials/status/${encodeURIComponent(list)}`,
    offerUrl: (offerId) => `${publicUrl}/credentials/offers/${encodeURIComponent(offerId)}`,
    achievementUrl: (pathKey, tier) =>
      `${publicUrl}/credentials/achievements/${encodeURIComponent(pathKey)}/${encodeURIComponent(tier)}`,
    absoluteUrl,
    skillUrl: (skill) =>
      (URL.canParse(skill) ? absoluteUrl(skill) : null) ??
      `${publicUrl}/credentials/skills/${encodeURIComponent(skill)}`,
  };
}

/** The issuer's DID document: every key it has had. */
export async function issuerDidDocument(db: CredentialDatabase, did: string): Promise<DidDocument> {
  return didDocument(did, await publishedKeys(db, did));
}

/**
 * A loader of the shipped contexts and the issuer's own DID document, read now: signing inside a
 * transaction must not reach the database outside it (SQLite has one connection).
 */
export async function issuerLoader(db: CredentialDatabase, did: string): Promise<DocumentLoader> {
  const document = await issuerDidDocument(db, did);
  return documentLoader({ didDocuments: (wanted) => (wanted === did ? document : null) });
}

export interface SigningTools {
  readonly key: IssuerKey;
  readonly loader: DocumentLoader;
}

/** The key that signs (made on first use) and the loader signing needs. */
export async function signingTools(db: CredentialDatabase, did: string, now: Date): Promise<SigningTools> {
  const key = await signingKey(db, did, now);
  return { key, loader: await issuerLoader(db, did) };
}
