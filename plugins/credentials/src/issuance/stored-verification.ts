// Whether a stored credential verifies now (its proof against the issuer's DID document, its bit in
// its signed revocation list), as anyone checking it would find: what the verification page shows.
// Results are kept a minute; a revocation here forgets that credential's at once.
import { verifyCredential, type Verification } from '../signing/verify.ts';
import type { CredentialRow } from '../store/credential-rows.ts';
import { signedStatusList } from '../store/status-list-rows.ts';
import { issuerLoader, issuerOf, tablesOf, type CredentialHost } from './issuer.ts';

const KEPT_MS = 60_000;

export interface StoredVerification {
  verify(row: CredentialRow): Promise<Verification>;
  forget(id: string): void;
}

export function storedVerification(host: CredentialHost): StoredVerification {
  const kept = new Map<string, { at: number; result: Promise<Verification> }>();
  return {
    verify(row) {
      const now = Date.now();
      for (const [id, entry] of kept) if (now - entry.at > KEPT_MS) kept.delete(id);
      let entry = kept.get(row.id);
      if (!entry) {
        entry = { at: now, result: verifyNow(host, row) };
        kept.set(row.id, entry);
        // A failure to verify (the database, say) is not kept.
        entry.result.catch(() => kept.delete(row.id));
      }
      return entry.result;
    },
    forget(id) {
      kept.delete(id);
    },
  };
}

async function verifyNow(host: CredentialHost, row: CredentialRow): Promise<Verification> {
  const db = tablesOf(host);
  const loader = await issuerLoader(db, issuerOf(host.settings).did);
  const ownList = `/credentials/status/${encodeURIComponent(row.status_list)}`;
  return verifyCredential(JSON.parse(row.credential) as object, {
    loader,
    // Its own list, read from the database under whatever address the credential names it.
    statusList: async (url) => {
      if (!url.endsWith(ownList)) return null;
      const list = await signedStatusList(db, row.status_list);
      return list === null ? null : (JSON.parse(list) as object);
    },
  });
}
