// Path enrollments, pending enrollments by email and the enrollment audit log: the only SQL about
// who is on which path. Bulk methods take and return whole batches, chunked under the bind limits.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, EnrollmentAuditTable, PendingEnrollmentsTable } from '../schema.ts';
import { isUniqueViolation } from '../sql-errors.ts';
import { WriteConflict } from '../write-conflict.ts';
import type { DialectName } from '../database.ts';
import { writeRows } from './bulk-write.ts';
import { chunksOf } from './chunks.ts';

export interface EnrollmentState {
  readonly userId: number;
  readonly isActive: boolean;
  readonly version: number;
}

export interface NewEnrollment {
  readonly userId: number;
  readonly version: number;
  readonly source: string;
  readonly reason: string | null;
  readonly enrolledBy: string | null;
}

export interface EnrollmentRecord {
  readonly pathKey: string;
  readonly username: string;
  readonly email: string | null;
  readonly isActive: boolean;
  readonly version: number;
  readonly source: string;
  readonly reason: string | null;
  readonly enrolledBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface PendingRecord {
  readonly pathKey: string;
  readonly email: string;
  readonly source: string;
  readonly reason: string | null;
  readonly createdBy: string | null;
  readonly createdAt: string;
}

export interface AuditEntry {
  readonly pathKey: string;
  readonly learner: string;
  readonly action:
    'enrolled' | 'reactivated' | 'unenrolled' | 'pending_added' | 'pending_removed' | 'version_changed';
  readonly before: unknown;
  readonly after: unknown;
  readonly reason: string | null;
  readonly actor: string;
  readonly at: string;
}

export interface AuditRecord extends AuditEntry {
  readonly id: number;
}

function toPending(row: Selectable<PendingEnrollmentsTable>): PendingRecord {
  return {
    pathKey: row.path_key,
    email: row.email,
    source: row.source,
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function toAudit(row: Selectable<EnrollmentAuditTable>): AuditRecord {
  return {
    id: Number(row.id),
    pathKey: row.path_key,
    learner: row.learner,
    action: row.action as AuditEntry['action'],
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    reason: row.reason,
    actor: row.actor,
    at: row.at,
  };
}

export class EnrollmentRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /** The enrollments (active or not) of these users on a path, by user id. */
  async states(pathKey: string, userIds: readonly number[]): Promise<Map<number, EnrollmentState>> {
    const states = new Map<number, EnrollmentState>();
    for (const chunk of chunksOf([...new Set(userIds)])) {
      const rows = await this.db
        .selectFrom('path_enrollments')
        .select(['user_id', 'is_active', 'version'])
        .where('path_key', '=', pathKey)
        .where('user_id', 'in', chunk)
        .execute();
      for (const row of rows)
        states.set(Number(row.user_id), {
          userId: Number(row.user_id),
          isActive: Boolean(row.is_active),
          version: Number(row.version),
        });
    }
    return states;
  }

  async insert(pathKey: string, enrollments: readonly NewEnrollment[], now: string): Promise<void> {
    try {
      await this.insertRows(pathKey, enrollments, now);
    } catch (error) {
      // Another request enrolled one of these learners between our read and this write.
      if (isUniqueViolation(error))
        throw new WriteConflict(
          `another request enrolled some of these learners on ${pathKey} at the same moment; nothing was written, repeat the request`,
        );
      throw error;
    }
  }

  private async insertRows(
    pathKey: string,
    enrollments: readonly NewEnrollment[],
    now: string,
  ): Promise<void> {
    await writeRows(this.db, this.dialect, {
      table: 'path_enrollments',
      columns: [
        'path_key',
        'user_id',
        'is_active',
        'version',
        'source',
        'reason',
        'enrolled_by',
        'created_at',
        'updated_at',
      ],
      rows: enrollments.map((enrollment) => ({
        path_key: pathKey,
        user_id: enrollment.userId,
        is_active: true,
        version: enrollment.version,
        source: enrollment.source,
        reason: enrollment.reason,
        enrolled_by: enrollment.enrolledBy,
        created_at: now,
        updated_at: now,
      })),
    });
  }

  /** Makes existing enrollments active or inactive again, recording by whom and why. */
  async setActive(
    pathKey: string,
    changes: readonly NewEnrollment[],
    isActive: boolean,
    now: string,
  ): Promise<void> {
    for (const change of changes) {
      await this.db
        .updateTable('path_enrollments')
        .set({
          is_active: isActive,
          version: change.version,
          source: change.source,
          reason: change.reason,
          enrolled_by: change.enrolledBy,
          updated_at: now,
        })
        .where('path_key', '=', pathKey)
        .where('user_id', '=', change.userId)
        .execute();
    }
  }

  /** Moves every active learner of a path to `version`; returns who moved and from which version. */
  async moveToVersion(
    pathKey: string,
    version: number,
    now: string,
  ): Promise<{ userId: number; username: string; from: number }[]> {
    const rows = await this.db
      .selectFrom('path_enrollments')
      .innerJoin('users', 'users.id', 'path_enrollments.user_id')
      .select(['path_enrollments.user_id', 'users.username', 'path_enrollments.version'])
      .where('path_enrollments.path_key', '=', pathKey)
      .where('path_enrollments.is_active', '=', true)
      .where('path_enrollments.version', '<>', version)
      .execute();
    await this.db
      .updateTable('path_enrollments')
      .set({ version, updated_at: now })
      .where('path_key', '=', pathKey)
      .where('is_active', '=', true)
      .execute();
    return rows.map((row) => ({
      userId: Number(row.user_id),
      username: row.username,
      from: Number(row.version),
    }));
  }

  /** Active enrollments of a user, newest first: path keys with their version and date. */
  async activeOfUser(
    userId: number,
  ): Promise<{ pathKey: string; version: number; createdAt: string; source: string }[]> {
    const rows = await this.db
      .selectFrom('path_enrollments')
      .select(['path_key', 'version', 'created_at', 'source'])
      .where('user_id', '=', userId)
      .where('is_active', '=', true)
      .orderBy('created_at', 'desc')
      .orderBy('path_key')
      .execute();
    return rows.map((row) => ({
      pathKey: row.path_key,
      version: Number(row.version),
      createdAt: row.created_at,
      source: row.source,
    }));
  }

  /** One enrollment with its learner, or undefined. */
  async get(pathKey: string, userId: number): Promise<EnrollmentRecord | undefined> {
    const row = await this.enrollmentRows()
      .where('path_enrollments.path_key', '=', pathKey)
      .where('path_enrollments.user_id', '=', userId)
      .executeTakeFirst();
    return row && this.toEnrollment(row);
  }

  /** Enrollments (active and not), optionally of one path and one user, newest first. */
  async list(filter: { pathKey?: string; userId?: number; limit: number; offset: number }): Promise<{
    items: EnrollmentRecord[];
    total: number;
  }> {
    let select = this.enrollmentRows();
    if (filter.pathKey !== undefined) select = select.where('path_enrollments.path_key', '=', filter.pathKey);
    if (filter.userId !== undefined) select = select.where('path_enrollments.user_id', '=', filter.userId);
    const [rows, count] = await Promise.all([
      select
        .orderBy('path_enrollments.created_at', 'desc')
        .orderBy('users.username')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute(),
      select
        .clearSelect()
        .select((eb) => eb.fn.countAll().as('total'))
        .executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map((row) => this.toEnrollment(row)), total: Number(count.total) };
  }

  private enrollmentRows() {
    return this.db
      .selectFrom('path_enrollments')
      .innerJoin('users', 'users.id', 'path_enrollments.user_id')
      .select([
        'path_enrollments.path_key',
        'users.username',
        'users.email',
        'path_enrollments.is_active',
        'path_enrollments.version',
        'path_enrollments.source',
        'path_enrollments.reason',
        'path_enrollments.enrolled_by',
        'path_enrollments.created_at',
        'path_enrollments.updated_at',
      ]);
  }

  private toEnrollment(row: {
    path_key: string;
    username: string;
    email: string | null;
    is_active: boolean | number;
    version: number;
    source: string;
    reason: string | null;
    enrolled_by: string | null;
    created_at: string;
    updated_at: string;
  }): EnrollmentRecord {
    return {
      pathKey: row.path_key,
      username: row.username,
      email: row.email,
      isActive: Boolean(row.is_active),
      version: Number(row.version),
      source: row.source,
      reason: row.reason,
      enrolledBy: row.enrolled_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /** Which of these emails already wait for an account on the path. */
  async pendingEmails(pathKey: string, emails: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const chunk of chunksOf([...new Set(emails)])) {
      const rows = await this.db
        .selectFrom('pending_enrollments')
        .select('email')
        .where('path_key', '=', pathKey)
        .where('email', 'in', chunk)
        .execute();
      for (const row of rows) found.add(row.email);
    }
    return found;
  }

  async addPending(pending: readonly PendingRecord[]): Promise<void> {
    for (const chunk of chunksOf(pending)) {
      await this.db
        .insertInto('pending_enrollments')
        .values(
          chunk.map((entry) => ({
            path_key: entry.pathKey,
            email: entry.email,
            source: entry.source,
            reason: entry.reason,
            created_by: entry.createdBy,
            created_at: entry.createdAt,
          })),
        )
        .onConflict((conflict) => conflict.columns(['path_key', 'email']).doNothing())
        .execute();
    }
  }

  /** Pending enrollments of a path (or, without one, of an email), oldest first. */
  async listPending(filter: { pathKey?: string; email?: string; limit: number; offset: number }): Promise<{
    items: PendingRecord[];
    total: number;
  }> {
    let select = this.db.selectFrom('pending_enrollments');
    if (filter.pathKey !== undefined) select = select.where('path_key', '=', filter.pathKey);
    if (filter.email !== undefined) select = select.where('email', '=', filter.email.toLowerCase());
    const [rows, count] = await Promise.all([
      select
        .selectAll()
        .orderBy('created_at')
        .orderBy('email')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute(),
      select.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toPending), total: Number(count.total) };
  }

  /** Removes a pending enrollment; true when there was one. */
  async removePending(pathKey: string, email: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('pending_enrollments')
      .where('path_key', '=', pathKey)
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async audit(entries: readonly AuditEntry[]): Promise<void> {
    await writeRows(this.db, this.dialect, {
      table: 'enrollment_audit',
      columns: ['path_key', 'learner', 'action', 'before', 'after', 'reason', 'actor', 'at'],
      rows: entries.map((entry) => ({
        path_key: entry.pathKey,
        learner: entry.learner,
        action: entry.action,
        before: entry.before === null ? null : JSON.stringify(entry.before),
        after: entry.after === null ? null : JSON.stringify(entry.after),
        reason: entry.reason,
        actor: entry.actor,
        at: entry.at,
      })),
    });
  }

  /** The audit log of a path, newest first, optionally of one learner. */
  async auditLog(filter: { pathKey: string; learner?: string; limit: number; offset: number }): Promise<{
    items: AuditRecord[];
    total: number;
  }> {
    let select = this.db.selectFrom('enrollment_audit').where('path_key', '=', filter.pathKey);
    if (filter.learner !== undefined) select = select.where('learner', '=', filter.learner);
    const [rows, count] = await Promise.all([
      select.selectAll().orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
      select.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toAudit), total: Number(count.total) };
  }
}
