// Reads and writes of the plugin's two tables. Each function takes the database or a transaction of
// it, so that a change and its audit entry are written together.
import type { PluginDatabase } from '@learning-paths/plugin-api';
import { AUDIT, REQUESTS } from './migrations.ts';
import type { ApprovalStatus, AuditAction, AuditEntry } from './views.ts';

export interface RequestRow {
  readonly path_key: string;
  readonly step: string;
  readonly learner: string;
  readonly status: ApprovalStatus;
  readonly note: string | null;
  readonly comment: string | null;
  readonly decided_by: string | null;
  readonly decided_at: string | null;
  readonly requested_at: string | null;
  readonly updated_at: string;
}

export interface AuditRow {
  readonly id: string;
  readonly path_key: string;
  readonly step: string;
  readonly learner: string;
  readonly action: AuditAction;
  readonly comment: string | null;
  readonly actor: string;
  readonly at: string;
  readonly course: string | null;
  readonly fact_recorded_at: string | null;
}

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

export async function findRequest(
  db: PluginDatabase,
  pathKey: string,
  step: string,
  learner: string,
): Promise<RequestRow | undefined> {
  return (await db
    .selectFrom(REQUESTS)
    .selectAll()
    .where('path_key', '=', pathKey)
    .where('step', '=', step)
    .where('learner', '=', learner)
    .executeTakeFirst()) as RequestRow | undefined;
}

export async function requestsOfLearner(
  db: PluginDatabase,
  pathKey: string,
  learner: string,
): Promise<RequestRow[]> {
  return (await db
    .selectFrom(REQUESTS)
    .selectAll()
    .where('path_key', '=', pathKey)
    .where('learner', '=', learner)
    .execute()) as RequestRow[];
}

/** The requests of the path's `steps` in `status` (or any), the longest waiting first. */
export async function listRequests(
  db: PluginDatabase,
  pathKey: string,
  steps: readonly string[],
  status: ApprovalStatus | 'all',
  { limit, offset }: Page,
): Promise<{ rows: RequestRow[]; total: number }> {
  if (steps.length === 0) return { rows: [], total: 0 };
  let query = db.selectFrom(REQUESTS).where('path_key', '=', pathKey).where('step', 'in', steps);
  if (status !== 'all') query = query.where('status', '=', status);
  const counted = (await query.select((eb) => eb.fn.countAll().as('total')).executeTakeFirst()) as {
    total: number | string | bigint;
  };
  const rows = (await query
    .selectAll()
    .orderBy('requested_at', 'asc')
    .orderBy('updated_at', 'asc')
    .orderBy('learner', 'asc')
    .limit(limit)
    .offset(offset)
    .execute()) as RequestRow[];
  // PostgreSQL counts as bigint, which its driver gives as a string.
  return { rows, total: Number(counted.total) };
}

export async function saveRequest(db: PluginDatabase, row: RequestRow): Promise<void> {
  const changes = {
    status: row.status,
    note: row.note,
    comment: row.comment,
    decided_by: row.decided_by,
    decided_at: row.decided_at,
    requested_at: row.requested_at,
    updated_at: row.updated_at,
  };
  await db
    .insertInto(REQUESTS)
    .values(row)
    .onConflict((conflict) => conflict.columns(['path_key', 'step', 'learner']).doUpdateSet(changes))
    .execute();
}

export async function deleteRequest(
  db: PluginDatabase,
  { path_key, step, learner }: Pick<RequestRow, 'path_key' | 'step' | 'learner'>,
): Promise<void> {
  await db
    .deleteFrom(REQUESTS)
    .where('path_key', '=', path_key)
    .where('step', '=', step)
    .where('learner', '=', learner)
    .execute();
}

export async function addAudit(db: PluginDatabase, row: Omit<AuditRow, 'fact_recorded_at'>): Promise<void> {
  await db
    .insertInto(AUDIT)
    .values({ ...row, fact_recorded_at: null })
    .execute();
}

/** The path's audit, newest first, optionally of one learner. */
export async function auditOf(
  db: PluginDatabase,
  pathKey: string,
  learner: string | undefined,
  { limit, offset }: Page,
): Promise<{ items: AuditEntry[]; total: number }> {
  let query = db.selectFrom(AUDIT).where('path_key', '=', pathKey);
  if (learner !== undefined) query = query.where('learner', '=', learner);
  const counted = (await query.select((eb) => eb.fn.countAll().as('total')).executeTakeFirst()) as {
    total: number | string | bigint;
  };
  const rows = (await query
    .select(['id', 'step', 'learner', 'action', 'comment', 'actor', 'at'])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute()) as AuditEntry[];
  return { items: rows, total: Number(counted.total) };
}

/** Decisions whose course fact has not been recorded yet, oldest first. */
export async function pendingDecisions(db: PluginDatabase, limit: number): Promise<AuditRow[]> {
  return (await db
    .selectFrom(AUDIT)
    .selectAll()
    .where('action', 'in', ['approved', 'declined'])
    .where('fact_recorded_at', 'is', null)
    .orderBy('at', 'asc')
    .limit(limit)
    .execute()) as AuditRow[];
}

export async function markFactsRecorded(
  db: PluginDatabase,
  ids: readonly string[],
  at: string,
): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable(AUDIT).set({ fact_recorded_at: at }).where('id', 'in', ids).execute();
}
