// The statements table: what storing a batch reads and writes inside its transaction, the facts
// waiting to be recorded, and what administrators list.
import type { Transaction } from 'kysely';
import type { FactOutcome, StatementRow, XapiDatabase, XapiTables } from '../tables.ts';

type Trx = Transaction<XapiTables>;

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const ROWS_PER_INSERT = 200;

export async function storedWithIds(
  trx: Trx,
  ids: readonly string[],
): Promise<Pick<StatementRow, 'id' | 'canonical' | 'fact'>[]> {
  if (ids.length === 0) return [];
  return trx
    .selectFrom('plugin_xapi_statements')
    .select(['id', 'canonical', 'fact'])
    .where('id', 'in', ids)
    .execute();
}

/** Inserts the rows whose id is free; returns how many were inserted. */
export async function insertNew(trx: Trx, rows: readonly StatementRow[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const result = await trx
      .insertInto('plugin_xapi_statements')
      .values(rows.slice(start, start + ROWS_PER_INSERT))
      .onConflict((conflict) => conflict.column('id').doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return inserted;
}

/**
 * Marks voided what voiding statements name (never a voiding statement itself, as xAPI says), both
 * ways: new voiding statements void stored statements, and new statements arrive voided by a voiding
 * statement stored before them. A voided statement whose fact is pending gets none.
 */
export async function markVoided(trx: Trx, newIds: readonly string[]): Promise<void> {
  if (newIds.length === 0) return;
  const pairs = await trx
    .selectFrom('plugin_xapi_statements as voiding')
    .innerJoin('plugin_xapi_statements as target', 'target.id', 'voiding.voids')
    .select(['voiding.id as voiding', 'target.id as target'])
    .where('target.voids', 'is', null)
    .where('target.voided_by', 'is', null)
    .where((where) => where.or([where('voiding.id', 'in', newIds), where('target.id', 'in', newIds)]))
    .execute();
  for (const { voiding, target } of pairs) {
    await trx
      .updateTable('plugin_xapi_statements')
      .set({ voided_by: voiding })
      .where('id', '=', target)
      .execute();
    await trx
      .updateTable('plugin_xapi_statements')
      .set({ fact: 'skipped', fact_reason: `voided by statement ${voiding}` })
      .where('id', '=', target)
      .where('fact', '=', 'pending')
      .execute();
  }
}

/** Statements whose fact is not settled yet: those of `ids`, or the oldest of all when absent. */
export async function pendingStatements(
  db: XapiDatabase,
  limit: number,
  ids?: readonly string[],
): Promise<Pick<StatementRow, 'id' | 'source_id' | 'stored' | 'statement' | 'fact_attempts'>[]> {
  if (ids?.length === 0) return [];
  let query = db
    .selectFrom('plugin_xapi_statements')
    .select(['id', 'source_id', 'stored', 'statement', 'fact_attempts'])
    .where('fact', '=', 'pending');
  if (ids !== undefined) query = query.where('id', 'in', ids);
  return query.orderBy('stored').orderBy('id').limit(limit).execute();
}

export interface FactSettlement {
  readonly id: string;
  readonly fact: FactOutcome;
  readonly learner: string | null;
  readonly course: string | null;
  readonly reason: string | null;
  readonly attempts: number;
}

export async function settleFacts(db: XapiDatabase, settlements: readonly FactSettlement[]): Promise<void> {
  if (settlements.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const { id, fact, learner, course, reason, attempts } of settlements)
      await trx
        .updateTable('plugin_xapi_statements')
        .set({ fact, learner, course, fact_reason: reason, fact_attempts: attempts })
        .where('id', '=', id)
        .execute();
  });
}

/** The source's latest statements, newest first, as administrators read them. */
export async function recentStatements(db: XapiDatabase, sourceId: string, limit: number) {
  const rows = await db
    .selectFrom('plugin_xapi_statements')
    .select(['id', 'stored', 'verb', 'activity', 'learner', 'course', 'fact', 'fact_reason', 'voided_by'])
    .where('source_id', '=', sourceId)
    .orderBy('stored', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(({ fact_reason, voided_by, ...row }) => ({
    ...row,
    reason: fact_reason,
    voidedBy: voided_by,
  }));
}
