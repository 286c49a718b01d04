// Rotating the issuer's signing key (`learning-paths credentials rotate-key`): a new Ed25519 key signs
// the credentials and revocation lists signed from then on; the old ones are retired, not deleted, so
// the DID document still lists them and what they signed still verifies. Answers the new key's
// verification method id and the ids retired; never a secret.
import { createIssuerKey } from '../signing/issuer-keys.ts';
import { publishedKeys } from '../store/issuer-key-rows.ts';
import { replaceSigningKey } from '../store/key-rotation-rows.ts';
import { issuerOf, tablesOf, type CredentialHost } from './issuer.ts';

export interface KeyRotation {
  /** The new key's verification method id in the DID document (`did:web:…#z6Mk…`). */
  readonly verificationMethod: string;
  /** Every key the DID document lists, the new one last. */
  readonly published: readonly string[];
}

export async function rotateKey(host: CredentialHost, now = new Date()): Promise<KeyRotation> {
  const db = tablesOf(host);
  const { did } = issuerOf(host.settings);
  const made = await createIssuerKey(did, now);
  await replaceSigningKey(db, made);
  const published = (await publishedKeys(db, did)).map((key) => key.id);
  return { verificationMethod: made.id, published };
}
