// What the benchmark reads of the plugin's tables: how many credentials there are, and whether the
// backfill has finished a pass.
import type { Store } from '@learning-paths/server';
import type { CredentialDatabase } from '../src/tables.ts';

const tables = (store: Store) => store.db as unknown as CredentialDatabase;

export async function credentialCount(store: Store): Promise<number> {
  const row = await tables(store)
    .selectFrom('plugin_credentials')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function backfillFinished(store: Store): Promise<boolean> {
  const row = await tables(store)
    .selectFrom('plugin_credentials_backfill')
    .select('finished_at')
    .executeTakeFirst();
  return Boolean(row?.finished_at);
}
