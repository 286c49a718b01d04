// The registered sources and the activities each maps to a course, in the plugin's tables.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { ActivityMapping } from '../facts/activity-courses.ts';
import type { SourceRow, XapiDatabase, XapiTables } from '../tables.ts';
import { newKey, newSecret, secretHash } from './credentials.ts';

/** A source as administrators see it: never its secret. */
export interface SourceView {
  readonly id: string;
  readonly name: string;
  readonly key: string;
  readonly enabled: boolean;
  readonly activities: readonly ActivityMapping[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface SourceChanges {
  readonly name?: string;
  readonly activities?: readonly ActivityMapping[];
  readonly enabled?: boolean;
}

export async function mappingsOf(db: XapiDatabase, sourceId: string): Promise<ActivityMapping[]> {
  return db
    .selectFrom('plugin_xapi_activities')
    .select(['activity', 'course', 'match'])
    .where('source_id', '=', sourceId)
    .orderBy('position')
    .execute();
}

async function replaceMappings(
  trx: Transaction<XapiTables>,
  sourceId: string,
  activities: readonly ActivityMapping[],
): Promise<void> {
  await trx.deleteFrom('plugin_xapi_activities').where('source_id', '=', sourceId).execute();
  if (activities.length > 0)
    await trx
      .insertInto('plugin_xapi_activities')
      .values(
        activities.map(({ activity, course, match }, position) => ({
          source_id: sourceId,
          position,
          activity,
          course,
          match,
        })),
      )
      .execute();
}

function view(row: SourceRow, activities: readonly ActivityMapping[]): SourceView {
  return {
    id: row.id,
    name: row.name,
    key: row.key,
    enabled: row.enabled === 1,
    activities,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function sourceById(db: XapiDatabase, id: string): Promise<SourceView | null> {
  const row = await db.selectFrom('plugin_xapi_sources').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : view(row, await mappingsOf(db, id));
}

export async function sourceByKey(db: XapiDatabase, key: string): Promise<SourceRow | null> {
  return (
    (await db.selectFrom('plugin_xapi_sources').selectAll().where('key', '=', key).executeTakeFirst()) ?? null
  );
}

export async function listSources(db: XapiDatabase): Promise<SourceView[]> {
  const rows = await db
    .selectFrom('plugin_xapi_sources')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const mappings = await db.selectFrom('plugin_xapi_activities').selectAll().orderBy('position').execute();
  return rows.map((row) =>
    view(
      row,
      mappings
        .filter((mapping) => mapping.source_id === row.id)
        .map(({ activity, course, match }) => ({ activity, course, match })),
    ),
  );
}

/** A new source with fresh credentials; its secret is returned this once. */
export async function createSource(
  db: XapiDatabase,
  input: { name: string; activities: readonly ActivityMapping[] },
  now: string,
): Promise<{ source: SourceView; secret: string }> {
  const secret = newSecret();
  const row: SourceRow = {
    id: randomUUID(),
    name: input.name,
    key: newKey(),
    secret_hash: secretHash(secret),
    enabled: 1,
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('plugin_xapi_sources').values(row).execute();
    await replaceMappings(trx, row.id, input.activities);
  });
  return { source: view(row, input.activities), secret };
}

/** The source changed; null when there is none with this id. */
export async function updateSource(
  db: XapiDatabase,
  id: string,
  changes: SourceChanges,
  now: string,
): Promise<SourceView | null> {
  const found = await db.transaction().execute(async (trx) => {
    const { numUpdatedRows } = await trx
      .updateTable('plugin_xapi_sources')
      .set({
        updated_at: now,
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.enabled === undefined ? {} : { enabled: changes.enabled ? 1 : 0 }),
      })
      .where('id', '=', id)
      .executeTakeFirst();
    if (numUpdatedRows === 0n) return false;
    if (changes.activities !== undefined) await replaceMappings(trx, id, changes.activities);
    return true;
  });
  return found ? sourceById(db, id) : null;
}

/** A new secret for the source, the old one refused from now on; null when there is no such source. */
export async function rotateSecret(db: XapiDatabase, id: string, now: string): Promise<string | null> {
  const secret = newSecret();
  const { numUpdatedRows } = await db
    .updateTable('plugin_xapi_sources')
    .set({ secret_hash: secretHash(secret), updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return numUpdatedRows === 0n ? null : secret;
}

/** Removes the source and its mappings (its statements stay); false when there was none. */
export async function deleteSource(db: XapiDatabase, id: string): Promise<boolean> {
  const { numDeletedRows } = await db
    .deleteFrom('plugin_xapi_sources')
    .where('id', '=', id)
    .executeTakeFirst();
  return numDeletedRows > 0n;
}
