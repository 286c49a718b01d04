// The credentials' audit log: each issue, revocation and change of visibility, who did it and why.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AuditAction, CredentialDatabase, CredentialTables } from '../tables.ts';

/** Who acts when no person does: issuance on an event or by the backfill. */
export const SERVICE_ACTOR = 'service';

export async function recordAudit(
  db: CredentialDatabase | Transaction<CredentialTables>,
  entry: { credentialId: string; action: AuditAction; actor: string; reason?: string; at: string },
): Promise<void> {
  await db
    .insertInto('plugin_credentials_audit')
    .values({
      id: randomUUID(),
      credential_id: entry.credentialId,
      action: entry.action,
      actor: entry.actor,
      reason: entry.reason ?? null,
      at: entry.at,
    })
    .execute();
}
