// Verifying a signed credential as anyone would: its `eddsa-rdfc-2022` proof against the issuer's DID
// document, then its revocation bit in the signed status list (whose own proof and issuer are checked).
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential as verifyWithProofs, type VerifyCredentialResult } from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import type { DocumentLoader } from './document-loader.ts';

/** The signed status list at `url` (the service's own), or null when there is none. */
export type StatusLists = (url: string) => object | null | Promise<object | null>;

export interface Verification {
  /** The proof holds, the status list was checked, and the credential is not revoked. */
  verified: boolean;
  /** Its issuer revoked it (the bit is set in a verified status list). */
  revoked: boolean;
  /** What failed, in the libraries' words; empty when verified. */
  problems: string[];
}

const verifyingSuite = new DataIntegrityProof({ cryptosuite });

export async function verifyCredential(
  signed: object,
  { loader, statusList }: { loader: DocumentLoader; statusList: StatusLists },
): Promise<Verification> {
  const result = await verifyWithProofs({
    credential: signed,
    suite: verifyingSuite,
    documentLoader: withStatusLists(loader, statusList, statusListUrls(signed)),
    checkStatus,
  });
  const revoked = (result.statusResult?.results ?? []).some(
    (entry) =>
      entry.verified && entry.status === true && entry.credentialStatus?.statusPurpose === 'revocation',
  );
  const problems = [...new Set(problemsOf(result))];
  if (revoked) problems.push('revoked by its issuer');
  return { verified: result.verified && !revoked, revoked, problems };
}

/** `loader`, answering the credential's status lists too: the status check loads them as documents. */
function withStatusLists(loader: DocumentLoader, statusList: StatusLists, urls: Set<string>): DocumentLoader {
  return async (url) => {
    const list = urls.has(url) ? await statusList(url) : null;
    return list ? { contextUrl: null, document: list, documentUrl: url } : loader(url);
  };
}

/** The `statusListCredential` of each of the credential's status entries. */
function statusListUrls(signed: object): Set<string> {
  const status: unknown = (signed as { credentialStatus?: unknown }).credentialStatus;
  const entries: unknown[] = Array.isArray(status) ? status : [status];
  return new Set(
    entries.flatMap((entry) => {
      const url: unknown = (entry as { statusListCredential?: unknown } | null)?.statusListCredential;
      return typeof url === 'string' ? [url] : [];
    }),
  );
}

function problemsOf(result: VerifyCredentialResult): string[] {
  return [
    result.error,
    ...(result.results ?? []).map((proof) => proof.error),
    result.statusResult?.error,
  ].flatMap(messages);
}

/** An error's message; a VerificationError's inner errors' messages instead. */
function messages(error: unknown): string[] {
  if (!(error instanceof Error)) return [];
  const inner: unknown = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) ? inner.flatMap(messages) : [error.message];
}
