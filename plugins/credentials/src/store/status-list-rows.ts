// The revocation lists in the database: taking the next free entry of the list being filled (a new
// list when none has room), and reading, locking and saving a list when a bit changes.
import type { Transaction } from 'kysely';
import type { CredentialDatabase, CredentialTables } from '../tables.ts';

/** A new list's bits and its signed credential, made by the caller (it holds the key). */
export type NewStatusList = (
  id: string,
) => Promise<{ size: number; encodedList: string; credential: string }>;

export interface StatusEntry {
  readonly list: string;
  readonly index: number;
}

/** Lists made at once by several issuers, each losing a race, before giving up. */
const ATTEMPTS = 5;

/**
 * An entry no other credential has: one atomic increment of the list's `next_index`, so issuers at
 * the same time never share one. Lists are named 1, 2, 3…; two issuers making the next list at once
 * both fill the one that was stored.
 */
export async function takeStatusEntry(
  db: CredentialDatabase,
  newList: NewStatusList,
  now: string,
): Promise<StatusEntry> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const open = await db
      .selectFrom('plugin_credentials_status_lists')
      .select('id')
      .whereRef('next_index', '<', 'size')
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (!open) {
      await storeNewList(db, newList, now);
      continue;
    }
    const taken = await db
      .updateTable('plugin_credentials_status_lists')
      .set((eb) => ({ next_index: eb('next_index', '+', 1) }))
      .where('id', '=', open.id)
      .whereRef('next_index', '<', 'size')
      .returning('next_index')
      .executeTakeFirst();
    if (taken) return { list: open.id, index: Number(taken.next_index) - 1 };
  }
  throw new Error(`no revocation list entry could be taken in ${ATTEMPTS} attempts`);
}

async function storeNewList(db: CredentialDatabase, newList: NewStatusList, now: string): Promise<void> {
  const { count } = await db
    .selectFrom('plugin_credentials_status_lists')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  const id = String(Number(count) + 1);
  const made = await newList(id);
  await db
    .insertInto('plugin_credentials_status_lists')
    .values({
      id,
      size: made.size,
      next_index: 0,
      encoded_list: made.encodedList,
      credential: made.credential,
      created_at: now,
      updated_at: now,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
}

/** The signed list credential (JSON), or null for no list of that id. */
export async function signedStatusList(db: CredentialDatabase, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('plugin_credentials_status_lists')
    .select('credential')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.credential ?? null;
}

type ListTransaction = Transaction<CredentialTables>;

/**
 * The list, held by this transaction until it ends (a write to its row: PostgreSQL locks the row,
 * SQLite the database), so that two changes of its bits never overwrite each other.
 */
export async function lockStatusList(trx: ListTransaction, id: string, now: string) {
  return trx
    .updateTable('plugin_credentials_status_lists')
    .set({ updated_at: now })
    .where('id', '=', id)
    .returning(['id', 'size', 'encoded_list'])
    .executeTakeFirstOrThrow();
}

export async function saveStatusList(
  trx: ListTransaction,
  id: string,
  list: { encodedList: string; credential: string },
): Promise<void> {
  await trx
    .updateTable('plugin_credentials_status_lists')
    .set({ encoded_list: list.encodedList, credential: list.credential })
    .where('id', '=', id)
    .execute();
}
