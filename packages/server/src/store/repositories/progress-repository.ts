// The materialised progress of each learner on each path, and the course index of published paths
// that says which paths a fact touches: the only SQL about progress.
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { DialectName } from '../database.ts';
import type { Database, PathProgressTable } from '../schema.ts';
import { chunksOf } from './chunks.ts';
import { writeRows } from './bulk-write.ts';
import { groupedRows, rowsOfGroup } from './grouped-rows.ts';
import { isOneOf } from './value-list.ts';
import { containsText } from './text-search.ts';
import type { ProgressStatus } from '../../domain/progress.ts';

/** An active enrollment whose progress must be (re)computed. */
export interface ProgressTarget {
  readonly userId: number;
  readonly pathKey: string;
  readonly version: number;
}

export interface ProgressRecord extends ProgressTarget {
  readonly status: ProgressStatus;
  readonly progress: number;
  readonly currentTier: string | null;
  /** Every tier ever achieved, in the order they were first reached. */
  readonly achievedTiers: readonly string[];
  readonly next: readonly string[];
  /** Each step's state (step-states.ts); null when stored before they were kept. */
  readonly stepStates: string | null;
  readonly updatedAt: string;
}

/** A learner on a path, for staff lists. */
export interface LearnerProgressRow {
  readonly userId: number;
  readonly username: string;
  readonly email: string | null;
  readonly displayName: string | null;
  readonly enrolledAt: string;
  readonly source: string;
  readonly status: ProgressStatus;
  readonly progress: number;
  readonly currentTier: string | null;
  readonly achievedTiers: string[];
  readonly updatedAt: string | null;
  /** The version the progress was computed on and its step states; null before the first. */
  readonly version: number | null;
  readonly stepStates: string | null;
  /** The suggested next steps stored with the progress; empty before the first. */
  readonly next: string[];
}

/**
 * Learners sharing a stored state: the progress's version, step states, next steps (as stored,
 * JSON) and status, all null for learners whose progress was never computed.
 */
export interface PositionGroup {
  readonly version: number | null;
  readonly stepStates: string | null;
  readonly nextSteps: string | null;
  readonly status: ProgressStatus | null;
}

export interface LearnerProgressQuery {
  readonly pathKey: string;
  /** Part of the username, email or name, any case. */
  readonly search?: string;
  readonly status?: ProgressStatus;
  /** The current tier; `none` for learners who have reached none. */
  readonly tier?: string;
  readonly sort: 'username' | 'progress' | 'enrolled' | 'updated';
  readonly order: 'asc' | 'desc';
  readonly limit: number;
  readonly offset: number;
  /** Only learners in one of these groups (positionsOfPath); absent for all. */
  readonly groups?: readonly PositionGroup[];
}

/** A target with the progress stored for it, null before its first evaluation. */
export interface StoredTarget extends ProgressTarget {
  readonly stored: ProgressRecord | null;
}

const PROGRESS_COLUMNS = [
  'user_id',
  'path_key',
  'version',
  'status',
  'progress',
  'current_tier',
  'achieved_tiers',
  'next_steps',
  'step_states',
  'updated_at',
] as const satisfies readonly (keyof PathProgressTable)[];

type TargetValues = [
  pathKey: string,
  version: number,
  storedVersion: number | null,
  status: string | null,
  progress: number | null,
  currentTier: string | null,
  achievedTiers: string | null,
  nextSteps: string | null,
  stepStates: string | null,
  updatedAt: string | null,
];

/** An enrollment and its stored progress (absent when its version is null: the join found none). */
function toTarget(userId: number, values: TargetValues): StoredTarget {
  const [pathKey, version, storedVersion, status, progress, currentTier, achieved, next, states, updatedAt] =
    values;
  const stored =
    storedVersion === null
      ? null
      : toRecord({
          user_id: userId,
          path_key: pathKey,
          version: storedVersion,
          status: status!,
          progress: progress!,
          current_tier: currentTier,
          achieved_tiers: achieved!,
          next_steps: next!,
          step_states: states,
          updated_at: updatedAt!,
        });
  return { userId, pathKey, version, stored };
}

function toRecord(row: Selectable<PathProgressTable>): ProgressRecord {
  return {
    userId: Number(row.user_id),
    pathKey: row.path_key,
    version: Number(row.version),
    status: row.status as ProgressStatus,
    progress: Number(row.progress),
    currentTier: row.current_tier,
    achievedTiers: JSON.parse(row.achieved_tiers) as string[],
    next: JSON.parse(row.next_steps) as string[],
    stepStates: row.step_states,
    updatedAt: row.updated_at,
  };
}

/** `column = value`, or `column is null` for null (where `=` never holds). */
function sameOrNull(
  eb: ExpressionBuilder<Database, 'path_progress'>,
  column:
    | 'path_progress.version'
    | 'path_progress.step_states'
    | 'path_progress.next_steps'
    | 'path_progress.status',
  value: string | number | null,
) {
  return value === null ? eb(column, 'is', null) : eb(column, '=', value);
}

export class ProgressRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /** Replaces the course index of a path with the courses of its newly published version. */
  async setPathCourses(pathKey: string, courseKeys: readonly string[]): Promise<void> {
    await this.db.deleteFrom('path_courses').where('path_key', '=', pathKey).execute();
    for (const chunk of chunksOf([...new Set(courseKeys)]))
      await this.db
        .insertInto('path_courses')
        .values(chunk.map((courseKey) => ({ path_key: pathKey, course_key: courseKey })))
        .execute();
  }

  /** The courses of each of these paths' published version, by path key; unpublished ones are absent. */
  async coursesOfPaths(pathKeys: readonly string[]): Promise<Map<string, string[]>> {
    const courses = new Map<string, string[]>();
    for (const chunk of chunksOf([...new Set(pathKeys)])) {
      const rows = await this.db
        .selectFrom('path_courses')
        .select(['path_key', 'course_key'])
        .where('path_key', 'in', chunk)
        .orderBy('path_key')
        .orderBy('course_key')
        .execute();
      for (const row of rows)
        courses.set(row.path_key, [...(courses.get(row.path_key) ?? []), row.course_key]);
    }
    return courses;
  }

  /**
   * The active enrollments of these users (on one path only when `pathKey` is given), each with
   * its stored progress.
   */
  async targets(filter: { userIds: readonly number[]; pathKey?: string }): Promise<StoredTarget[]> {
    const targets: StoredTarget[] = [];
    const enrollmentsOfUser = groupedRows<TargetValues>(this.dialect, [
      sql.ref('path_enrollments.path_key'),
      sql.ref('path_enrollments.version'),
      sql.ref('path_progress.version'),
      sql.ref('path_progress.status'),
      sql.ref('path_progress.progress'),
      sql.ref('path_progress.current_tier'),
      sql.ref('path_progress.achieved_tiers'),
      sql.ref('path_progress.next_steps'),
      sql.ref('path_progress.step_states'),
      sql.ref('path_progress.updated_at'),
    ]);
    if (filter.userIds.length === 0) return targets;
    let select = this.db
      .selectFrom('path_enrollments')
      .leftJoin('path_progress', (join) =>
        join
          .onRef('path_progress.user_id', '=', 'path_enrollments.user_id')
          .onRef('path_progress.path_key', '=', 'path_enrollments.path_key'),
      )
      .select(['path_enrollments.user_id', enrollmentsOfUser.as('targets')])
      .where('path_enrollments.is_active', '=', true)
      .where(isOneOf(this.dialect, 'path_enrollments.user_id', [...new Set(filter.userIds)]))
      .groupBy('path_enrollments.user_id');
    if (filter.pathKey !== undefined) select = select.where('path_enrollments.path_key', '=', filter.pathKey);
    for (const row of await select.execute()) {
      const userId = Number(row.user_id);
      for (const values of rowsOfGroup(row.targets)) targets.push(toTarget(userId, values));
    }
    return targets;
  }

  async write(records: readonly ProgressRecord[]): Promise<void> {
    await writeRows(this.db, this.dialect, {
      table: 'path_progress',
      columns: PROGRESS_COLUMNS,
      onConflict: {
        key: ['user_id', 'path_key'],
        update: PROGRESS_COLUMNS.filter((column) => column !== 'user_id' && column !== 'path_key'),
      },
      rows: records.map((record) => ({
        user_id: record.userId,
        path_key: record.pathKey,
        version: record.version,
        status: record.status,
        progress: record.progress,
        current_tier: record.currentTier,
        achieved_tiers: JSON.stringify(record.achievedTiers),
        next_steps: JSON.stringify(record.next),
        step_states: record.stepStates,
        updated_at: record.updatedAt,
      })),
    });
  }

  /** The stored progress of one learner on some paths (all their paths without a list). */
  async ofUser(userId: number, pathKeys?: readonly string[]): Promise<Map<string, ProgressRecord>> {
    let select = this.db.selectFrom('path_progress').selectAll().where('user_id', '=', userId);
    if (pathKeys !== undefined) {
      if (pathKeys.length === 0) return new Map();
      select = select.where('path_key', 'in', [...pathKeys]);
    }
    const rows = await select.execute();
    return new Map(rows.map((row) => [row.path_key, toRecord(row)]));
  }

  /** The active learners of a path with their progress, for staff. */
  async learnersOfPath(query: LearnerProgressQuery): Promise<{ items: LearnerProgressRow[]; total: number }> {
    let select = this.db
      .selectFrom('path_enrollments')
      .innerJoin('users', 'users.id', 'path_enrollments.user_id')
      .leftJoin('path_progress', (join) =>
        join
          .onRef('path_progress.user_id', '=', 'path_enrollments.user_id')
          .onRef('path_progress.path_key', '=', 'path_enrollments.path_key'),
      )
      .where('path_enrollments.path_key', '=', query.pathKey)
      .where('path_enrollments.is_active', '=', true);
    if (query.search) {
      select = select.where(
        containsText(['users.username', 'users.email', 'users.display_name'], query.search),
      );
    }
    if (query.status !== undefined) select = select.where('path_progress.status', '=', query.status);
    if (query.tier !== undefined)
      select =
        query.tier === 'none'
          ? select.where('path_progress.current_tier', 'is', null)
          : select.where('path_progress.current_tier', '=', query.tier);
    if (query.groups !== undefined) {
      const groups = query.groups;
      if (groups.length === 0) return { items: [], total: 0 };
      select = select.where((eb) =>
        eb.or(
          groups.map((group) =>
            eb.and([
              sameOrNull(eb, 'path_progress.version', group.version),
              sameOrNull(eb, 'path_progress.step_states', group.stepStates),
              sameOrNull(eb, 'path_progress.next_steps', group.nextSteps),
              sameOrNull(eb, 'path_progress.status', group.status),
            ]),
          ),
        ),
      );
    }
    const sortColumn = {
      username: 'users.username',
      progress: 'path_progress.progress',
      enrolled: 'path_enrollments.created_at',
      updated: 'path_progress.updated_at',
    } as const;
    const [rows, count] = await Promise.all([
      select
        .select([
          'users.id as user_id',
          'users.username',
          'users.email',
          'users.display_name',
          'path_enrollments.created_at as enrolled_at',
          'path_enrollments.source',
          'path_progress.status',
          'path_progress.progress',
          'path_progress.current_tier',
          'path_progress.achieved_tiers',
          'path_progress.updated_at',
          'path_progress.version',
          'path_progress.step_states',
          'path_progress.next_steps',
        ])
        .orderBy(sortColumn[query.sort], query.order)
        .orderBy('users.username')
        .limit(query.limit)
        .offset(query.offset)
        .execute(),
      select.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow(),
    ]);
    return {
      total: Number(count.total),
      items: rows.map((row) => ({
        userId: Number(row.user_id),
        username: row.username,
        email: row.email,
        displayName: row.display_name,
        enrolledAt: row.enrolled_at,
        source: row.source,
        status: (row.status ?? 'not_started') as ProgressStatus,
        progress: Number(row.progress ?? 0),
        currentTier: row.current_tier,
        achievedTiers: row.achieved_tiers === null ? [] : (JSON.parse(row.achieved_tiers) as string[]),
        updatedAt: row.updated_at,
        version: row.version === null ? null : Number(row.version),
        stepStates: row.step_states,
        next: row.next_steps === null ? [] : (JSON.parse(row.next_steps) as string[]),
      })),
    };
  }

  /** How many active learners of a path share each stored state (those never evaluated included). */
  async positionsOfPath(pathKey: string): Promise<(PositionGroup & { readonly count: number })[]> {
    const rows = await this.db
      .selectFrom('path_enrollments')
      .leftJoin('path_progress', (join) =>
        join
          .onRef('path_progress.user_id', '=', 'path_enrollments.user_id')
          .onRef('path_progress.path_key', '=', 'path_enrollments.path_key'),
      )
      .where('path_enrollments.path_key', '=', pathKey)
      .where('path_enrollments.is_active', '=', true)
      .select([
        'path_progress.version',
        'path_progress.step_states',
        'path_progress.next_steps',
        'path_progress.status',
        (eb) => eb.fn.countAll().as('count'),
      ])
      .groupBy([
        'path_progress.version',
        'path_progress.step_states',
        'path_progress.next_steps',
        'path_progress.status',
      ])
      .execute();
    return rows.map((row) => ({
      version: row.version === null ? null : Number(row.version),
      stepStates: row.step_states,
      nextSteps: row.next_steps,
      status: row.status as ProgressStatus | null,
      count: Number(row.count),
    }));
  }

  /** How many active learners of a path are at each status and at each current tier. */
  async summary(pathKey: string): Promise<{
    byStatus: Map<string, number>;
    byTier: Map<string | null, number>;
  }> {
    const active = this.db
      .selectFrom('path_progress')
      .innerJoin('path_enrollments', (join) =>
        join
          .onRef('path_enrollments.user_id', '=', 'path_progress.user_id')
          .onRef('path_enrollments.path_key', '=', 'path_progress.path_key'),
      )
      .where('path_progress.path_key', '=', pathKey)
      .where('path_enrollments.is_active', '=', true);
    const [statuses, tiers] = await Promise.all([
      active
        .select(['path_progress.status as key', (eb) => eb.fn.countAll().as('count')])
        .groupBy('path_progress.status')
        .execute(),
      active
        .select(['path_progress.current_tier as key', (eb) => eb.fn.countAll().as('count')])
        .groupBy('path_progress.current_tier')
        .execute(),
    ]);
    return {
      byStatus: new Map(statuses.map((row) => [row.key, Number(row.count)])),
      byTier: new Map(tiers.map((row) => [row.key, Number(row.count)])),
    };
  }
}
