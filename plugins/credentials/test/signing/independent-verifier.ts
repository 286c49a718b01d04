// An eddsa-rdfc-2022 verifier written from the W3C specification ("Data Integrity EdDSA Cryptosuites
// v1.0", eddsa-rdfc-2022), sharing no code with the signer but the RDF libraries: `jsonld` only turns
// JSON-LD into N-Quads and `rdf-canonize` applies RDFC-1.0; hashing, key decoding, the Ed25519 check
// and the controller checks are node:crypto and this file. A mistake in the signer cannot hide here.
import { createHash, createPublicKey, verify } from 'node:crypto';
import jsonld from 'jsonld';
import { canonize } from 'rdf-canonize';
import type { DocumentLoader } from '../../src/signing/document-loader.ts';
import type { DidDocument } from '../../src/signing/issuer-keys.ts';

export interface IndependentResult {
  verified: boolean;
  reason?: string;
}

interface Proof {
  type?: unknown;
  cryptosuite?: unknown;
  proofPurpose?: unknown;
  verificationMethod?: unknown;
  proofValue?: unknown;
  created?: unknown;
}

/** Multicodec prefix of an Ed25519 public key (varint of 0xed). */
const ED25519_PUBLIC_KEY_PREFIX = [0xed, 0x01];
const BASE58_BTC_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export async function verifyIndependently(
  secured: Record<string, unknown>,
  { loader, didDocuments }: { loader: DocumentLoader; didDocuments: (did: string) => DidDocument | null },
): Promise<IndependentResult> {
  const { proof, ...unsecured } = secured;
  if (!proof || typeof proof !== 'object' || Array.isArray(proof)) return refuse('one proof object expected');
  const { proofValue, ...options } = proof as Proof;
  if (options.type !== 'DataIntegrityProof') return refuse('proof type is not DataIntegrityProof');
  if (options.cryptosuite !== 'eddsa-rdfc-2022') return refuse('cryptosuite is not eddsa-rdfc-2022');
  if (options.proofPurpose !== 'assertionMethod') return refuse('proof purpose is not assertionMethod');
  if (typeof options.verificationMethod !== 'string') return refuse('no verification method');
  if (typeof proofValue !== 'string' || !proofValue.startsWith('z'))
    return refuse('proofValue is not base58btc');

  const method = authorizedMethod(options.verificationMethod, issuerId(unsecured), didDocuments);
  if (typeof method === 'string') return refuse(method);

  // Proof Configuration: the options without proofValue, under the document's @context.
  const proofConfig = { ...options, '@context': unsecured['@context'] };
  // Hashing: SHA-256 of the canonical proof configuration, then of the canonical document.
  const hashData = Buffer.concat([
    sha256(await canonicalNQuads(proofConfig, loader)),
    sha256(await canonicalNQuads(unsecured, loader)),
  ]);
  const publicKey = multikeyPublicKey(method.publicKeyMultibase);
  if (!publicKey) return refuse('publicKeyMultibase is not an Ed25519 Multikey');
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') },
    format: 'jwk',
  });
  const signature = base58btc(proofValue.slice(1));
  if (!signature || !verify(null, hashData, key, signature)) return refuse('signature does not verify');
  return { verified: true };
}

function refuse(reason: string): IndependentResult {
  return { verified: false, reason };
}

function issuerId(document: Record<string, unknown>): unknown {
  const { issuer } = document;
  return issuer && typeof issuer === 'object' ? (issuer as { id?: unknown }).id : issuer;
}

/** The verification method, if the issuer's DID document lists it for assertions; else why not. */
function authorizedMethod(
  methodId: string,
  issuer: unknown,
  didDocuments: (did: string) => DidDocument | null,
): DidDocument['verificationMethod'][number] | string {
  const [did] = methodId.split('#');
  if (did !== issuer) return 'verification method is not the issuer’s';
  const document = did ? didDocuments(did) : null;
  const method = document?.verificationMethod.find((candidate) => candidate.id === methodId);
  if (!document || !method) return 'verification method not in the issuer’s DID document';
  if (method.controller !== did || !document.assertionMethod.includes(methodId)) {
    return 'verification method not authorized for assertionMethod';
  }
  return method;
}

async function canonicalNQuads(document: object, loader: DocumentLoader): Promise<string> {
  const nquads = await jsonld.toRDF(document, {
    format: 'application/n-quads',
    documentLoader: loader,
    safe: true,
  });
  return canonize(nquads, {
    algorithm: 'RDFC-1.0',
    inputFormat: 'application/n-quads',
    format: 'application/n-quads',
  });
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** The 32 raw bytes of a `z6Mk…` Multikey: base58btc, then the Ed25519 multicodec prefix. */
function multikeyPublicKey(multibase: string): Uint8Array | null {
  const bytes = multibase.startsWith('z') ? base58btc(multibase.slice(1)) : null;
  const prefixed = bytes?.length === 34 && ED25519_PUBLIC_KEY_PREFIX.every((byte, i) => bytes[i] === byte);
  return prefixed ? bytes.subarray(2) : null;
}

/** Base58 (Bitcoin alphabet) to bytes; each leading '1' is a zero byte. Null when not base58. */
function base58btc(text: string): Uint8Array | null {
  let value = 0n;
  for (const char of text) {
    const digit = BASE58_BTC_ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  for (; value > 0n; value /= 256n) bytes.unshift(Number(value % 256n));
  const leadingZeros = /^1*/.exec(text)?.[0].length ?? 0;
  return Uint8Array.from([...Array<number>(leadingZeros).fill(0), ...bytes]);
}
