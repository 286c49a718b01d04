// The one-time offers of a credential to a wallet: storing one, and taking it (once) by its id and
// the hash of its challenge before it expires.
import type { Selectable, Transaction } from 'kysely';
import type { CredentialDatabase, CredentialTables } from '../tables.ts';

export type WalletOfferRow = Selectable<CredentialTables['plugin_credentials_wallet_offers']>;

type Executor = CredentialDatabase | Transaction<CredentialTables>;

export async function insertWalletOffer(db: Executor, row: WalletOfferRow): Promise<void> {
  await db.insertInto('plugin_credentials_wallet_offers').values(row).execute();
}

/**
 * The offer, marked used at `now`, when `challengeHash` is its challenge's, it has not expired and
 * was not used; otherwise null. One update decides: two claims at once cannot both take it.
 */
export async function takeWalletOffer(
  db: Executor,
  { id, challengeHash, now }: { id: string; challengeHash: string; now: string },
): Promise<WalletOfferRow | null> {
  const taken = await db
    .updateTable('plugin_credentials_wallet_offers')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('challenge_hash', '=', challengeHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
  return taken ?? null;
}
