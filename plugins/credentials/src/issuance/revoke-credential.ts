// Revoking a credential: marked revoked with who and why, its bit set in its revocation list and the
// list signed again, and the audit entry, in one transaction that holds the list, so that two
// revocations never overwrite each other's bit. Revoking twice changes nothing the second time.
import { createStatusList, setRevoked } from '../signing/status-list.ts';
import { signCredential } from '../signing/sign.ts';
import { recordAudit } from '../store/audit-rows.ts';
import { findCredential, markRevoked, type CredentialRow } from '../store/credential-rows.ts';
import { lockStatusList, saveStatusList } from '../store/status-list-rows.ts';
import { issuerOf, signingTools, tablesOf, type CredentialHost } from './issuer.ts';

export async function revokeCredential(
  host: CredentialHost,
  credential: CredentialRow,
  revocation: { by: string; reason: string; at: string },
): Promise<CredentialRow> {
  const db = tablesOf(host);
  const issuer = issuerOf(host.settings);
  const now = new Date(revocation.at);
  // Read before the transaction: on SQLite it holds the only connection.
  const { key, loader } = await signingTools(db, issuer.did, now);
  await db.transaction().execute(async (trx) => {
    const list = await lockStatusList(trx, credential.status_list, revocation.at);
    if (!(await markRevoked(trx, credential.id, revocation))) return;
    const encodedList = await setRevoked(list.encoded_list, credential.status_index, true);
    const unsigned = await createStatusList({
      id: issuer.statusListUrl(list.id),
      issuer: issuer.did,
      encodedList,
      length: list.size,
      validFrom: now,
    });
    const signed = await signCredential(unsigned, key, loader, { date: now });
    await saveStatusList(trx, list.id, { encodedList, credential: JSON.stringify(signed) });
    await recordAudit(trx, {
      credentialId: credential.id,
      action: 'revoked',
      actor: revocation.by,
      reason: revocation.reason,
      at: revocation.at,
    });
  });
  const revoked = await findCredential(db, credential.id);
  if (!revoked) throw new Error(`credential ${credential.id} vanished while it was revoked`);
  return revoked;
}
