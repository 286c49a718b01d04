// Rotating the issuer's key in the database: the new key stored and every other one retired at once,
// so that from then on exactly the new key signs. Retired keys stay: the DID document lists them.
import type { IssuerKey } from '../signing/issuer-keys.ts';
import type { CredentialDatabase } from '../tables.ts';
import { insertKey } from './issuer-key-rows.ts';

export async function replaceSigningKey(db: CredentialDatabase, made: IssuerKey): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('plugin_credentials_keys')
      .set({ retired_at: made.createdAt })
      .where('retired_at', 'is', null)
      .execute();
    await insertKey(trx, made);
  });
}
