// The issuer's keys in the database: the one that signs (made on first use when there is none) and
// every key, retired ones too, for the DID document. Rows keep the verification method id of the
// DID they were made under; the fragment after `#` names the key under the DID in force now.
import { createIssuerKey, type IssuerKey } from '../signing/issuer-keys.ts';
import type { CredentialDatabase } from '../tables.ts';

type PublicKey = Pick<IssuerKey, 'id' | 'publicKeyMultibase'>;

/** The key's verification method id under `did`. */
function underDid(did: string, storedId: string): string {
  const fragment = storedId.slice(storedId.indexOf('#') + 1);
  return `${did}#${fragment}`;
}

/**
 * The active key that signs, made and stored when there is none. Two processes starting together
 * may both make one: both are kept (and published), and the oldest signs from then on.
 */
export async function signingKey(db: CredentialDatabase, did: string, now: Date): Promise<IssuerKey> {
  let row = await activeKey(db);
  if (!row) {
    await insertKey(db, await createIssuerKey(did, now));
    row = await activeKey(db);
  }
  if (!row) throw new Error('the issuer key just stored cannot be read back');
  return {
    id: underDid(did, row.id),
    publicKeyMultibase: row.public_key_multibase,
    secretKeyMultibase: row.secret_key_multibase,
    createdAt: row.created_at,
  };
}

/** Stores a new key, active (not retired). */
export async function insertKey(db: CredentialDatabase, made: IssuerKey): Promise<void> {
  await db
    .insertInto('plugin_credentials_keys')
    .values({
      id: made.id,
      public_key_multibase: made.publicKeyMultibase,
      secret_key_multibase: made.secretKeyMultibase,
      created_at: made.createdAt,
      retired_at: null,
    })
    .execute();
}

function activeKey(db: CredentialDatabase) {
  return db
    .selectFrom('plugin_credentials_keys')
    .select(['id', 'public_key_multibase', 'secret_key_multibase', 'created_at'])
    .where('retired_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** Every key's public half, the oldest first: what the DID document lists. */
export async function publishedKeys(db: CredentialDatabase, did: string): Promise<PublicKey[]> {
  const rows = await db
    .selectFrom('plugin_credentials_keys')
    .select(['id', 'public_key_multibase'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: underDid(did, row.id), publicKeyMultibase: row.public_key_multibase }));
}
