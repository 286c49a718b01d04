// The issued credentials in the database: storing one (once per learner, path and tier), finding
// them by id, by learner and by path, and the changes a learner or staff make to them.
import { sql, type Selectable, type Transaction } from 'kysely';
import type { CredentialDatabase, CredentialTables } from '../tables.ts';

export type CredentialRow = Selectable<CredentialTables['plugin_credentials']>;

type Executor = CredentialDatabase | Transaction<CredentialTables>;

/** Whether the row was stored: false when the learner already has a credential for that tier. */
export async function insertCredential(db: Executor, row: CredentialRow): Promise<boolean> {
  const result = await db
    .insertInto('plugin_credentials')
    .values(row)
    .onConflict((conflict) => conflict.columns(['learner', 'path_key', 'tier']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function findCredential(db: Executor, id: string): Promise<CredentialRow | undefined> {
  return db.selectFrom('plugin_credentials').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function hasCredential(
  db: CredentialDatabase,
  { learner, pathKey, tier }: { learner: string; pathKey: string; tier: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('plugin_credentials')
    .select('id')
    .where('learner', '=', learner)
    .where('path_key', '=', pathKey)
    .where('tier', '=', tier)
    .executeTakeFirst();
  return row !== undefined;
}

/** `learner path tier` of every credential the learners have on the paths: one query for a page of work. */
export async function issuedAmong(
  db: CredentialDatabase,
  learners: readonly string[],
  pathKeys: readonly string[],
): Promise<Set<string>> {
  if (learners.length === 0) return new Set();
  const rows = await db
    .selectFrom('plugin_credentials')
    .select(['learner', 'path_key', 'tier'])
    .where('learner', 'in', [...new Set(learners)])
    .where('path_key', 'in', [...new Set(pathKeys)])
    .execute();
  return new Set(rows.map((row) => issuedKey(row.learner, row.path_key, row.tier)));
}

export const issuedKey = (learner: string, pathKey: string, tier: string) =>
  `${learner}\n${pathKey}\n${tier}`;

/** Every learner holding a credential on the path. */
export async function pathLearners(db: CredentialDatabase, pathKey: string): Promise<string[]> {
  const rows = await db
    .selectFrom('plugin_credentials')
    .select('learner')
    .distinct()
    .where('path_key', '=', pathKey)
    .execute();
  return rows.map((row) => row.learner);
}

export function learnerCredentials(db: CredentialDatabase, learner: string): Promise<CredentialRow[]> {
  return db
    .selectFrom('plugin_credentials')
    .selectAll()
    .where('learner', '=', learner)
    .orderBy('issued_at', 'desc')
    .orderBy('id')
    .execute();
}

export interface PathCredentialFilter {
  readonly tier?: string | undefined;
  readonly revoked?: boolean | undefined;
  /** Only these learners' credentials. */
  readonly learners?: readonly string[] | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** A page of the path's credentials, the newest first, and how many match in all. */
export async function pathCredentials(
  db: CredentialDatabase,
  pathKey: string,
  { tier, revoked, learners, limit, offset }: PathCredentialFilter,
): Promise<{ rows: CredentialRow[]; total: number }> {
  let matching = db.selectFrom('plugin_credentials').where('path_key', '=', pathKey);
  if (tier !== undefined) matching = matching.where('tier', '=', tier);
  if (revoked !== undefined) matching = matching.where('revoked_at', revoked ? 'is not' : 'is', null);
  if (learners !== undefined)
    matching =
      learners.length === 0 ? matching.where(sql<boolean>`false`) : matching.where('learner', 'in', learners);
  const [rows, count] = await Promise.all([
    matching.selectAll().orderBy('issued_at', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
    matching.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** Whether the flag changed: false when it already was so. */
export async function setPublic(db: Executor, id: string, visible: boolean): Promise<boolean> {
  const result = await db
    .updateTable('plugin_credentials')
    .set({ public: visible })
    .where('id', '=', id)
    .where('public', '=', !visible)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Whether it was revoked now: false when it already was. */
export async function markRevoked(
  trx: Transaction<CredentialTables>,
  id: string,
  revocation: { by: string; reason: string; at: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('plugin_credentials')
    .set({ revoked_at: revocation.at, revoked_by: revocation.by, revoked_reason: revocation.reason })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
