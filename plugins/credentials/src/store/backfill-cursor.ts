// Where the pass over every achieved tier stands, saved after each page so that a pass cut short
// (a restart, a kill) goes on from there; back to the start once a pass has finished.
import type { CredentialDatabase } from '../tables.ts';

const ROW = 'achieved-tiers';

export async function readBackfillCursor(db: CredentialDatabase): Promise<string | null> {
  const row = await db
    .selectFrom('plugin_credentials_backfill')
    .select('cursor')
    .where('id', '=', ROW)
    .executeTakeFirst();
  return row?.cursor ?? null;
}

/** After a page: the next page's cursor; or null, and the time the pass finished (kept until the next one does). */
export async function saveBackfillCursor(
  db: CredentialDatabase,
  cursor: string | null,
  now: string,
): Promise<void> {
  const finished = cursor === null ? { finished_at: now } : {};
  await db
    .insertInto('plugin_credentials_backfill')
    .values({ id: ROW, cursor, finished_at: null, ...finished })
    .onConflict((conflict) => conflict.column('id').doUpdateSet({ cursor, ...finished }))
    .execute();
}
