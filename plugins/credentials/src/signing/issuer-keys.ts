// The issuer's identity: its did:web DID, its Ed25519 keys (Multikey), and the DID document that
// lists their public halves so that anyone can check its proofs.
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT } from './document-loader.ts';

/** An Ed25519 signing key of the issuer, as kept in the database. The secret half is never served. */
export interface IssuerKey {
  /** `<did>#<publicKeyMultibase>`: the verification method's id in the DID document. */
  id: string;
  /** The public key, multibase base58btc of the multicodec-prefixed bytes (`z6Mk…`). */
  publicKeyMultibase: string;
  secretKeyMultibase: string;
  createdAt: string;
}

export interface VerificationMethod {
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
}

export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: VerificationMethod[];
  assertionMethod: string[];
}

/** A new Ed25519 key for `did`, named by its public key (so a rotated key never reuses an id). */
export async function createIssuerKey(did: string, now = new Date()): Promise<IssuerKey> {
  const key = await Ed25519Multikey.generate({ controller: did });
  if (!key.id || !key.secretKeyMultibase) throw new Error('Ed25519 key generated without id or secret');
  return {
    id: key.id,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
    createdAt: now.toISOString(),
  };
}

/**
 * The did:web DID of the service at `publicUrl`: the host, a port as `%3A<port>`, each path segment
 * after a `:` (did:web resolves `did:web:host` to `/.well-known/did.json`, and a DID with a path to
 * `<path>/did.json`).
 */
export function didWeb(publicUrl: string): string {
  const url = new URL(publicUrl);
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
  const segments = url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.replaceAll(':', '%3A'));
  return ['did:web', host, ...segments].join(':');
}

/**
 * The DID document of `did`: every key, old ones included so that earlier credentials still verify,
 * as a `Multikey` usable for `assertionMethod`. Only public halves are copied.
 */
export function didDocument(
  did: string,
  keys: readonly Pick<IssuerKey, 'id' | 'publicKeyMultibase'>[],
): DidDocument {
  return {
    '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
    id: did,
    verificationMethod: keys.map((key) => ({
      id: key.id,
      type: 'Multikey',
      controller: did,
      publicKeyMultibase: key.publicKeyMultibase,
    })),
    assertionMethod: keys.map((key) => key.id),
  };
}
