// The materialised progress of each learner on each path, and the course index of published paths
// that says which paths a fact touches: the only SQL about progress.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { chunksOf } from './chunks.ts';
import { containsText } from './text-search.ts';

export type ProgressStatus = 'not_started' | 'in_progress' | 'completed';
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['not_started', 'in_progress', 'completed'];

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
  readonly updatedAt: string;
}

/** A learner on a path, for staff lists. */
export interface LearnerProgressRow {
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
}

export const targetKey = (userId: number, pathKey: string): string => `${userId} ${pathKey}`;

export class ProgressRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Replaces the course index of a path with the courses of its newly published version. */
  async setPathCourses(pathKey: string, courseKeys: readonly string[]): Promise<void> {
    await this.db.deleteFrom('path_courses').where('path_key', '=', pathKey).execute();
    for (const chunk of chunksOf([...new Set(courseKeys)]))
      await this.db
        .insertInto('path_courses')
        .values(chunk.map((courseKey) => ({ path_key: pathKey, course_key: courseKey })))
        .execute();
  }

  /** The paths among `pathKeys` that contain each course, by course key. */
  async pathsOfCourses(pathKeys: readonly string[]): Promise<Map<string, string[]>> {
    const paths = new Map<string, string[]>();
    for (const chunk of chunksOf([...new Set(pathKeys)])) {
      const rows = await this.db
        .selectFrom('path_courses')
        .select(['path_key', 'course_key'])
        .where('path_key', 'in', chunk)
        .orderBy('path_key')
        .execute();
      for (const row of rows) paths.set(row.course_key, [...(paths.get(row.course_key) ?? []), row.path_key]);
    }
    return paths;
  }

  /**
   * The active enrollments of these users, limited to one path or to the paths that contain one
   * of `courseKeys`: exactly the progress a change can affect.
   */
  async targets(filter: {
    userIds: readonly number[];
    pathKey?: string;
    courseKeys?: readonly string[];
  }): Promise<ProgressTarget[]> {
    const targets: ProgressTarget[] = [];
    for (const chunk of chunksOf([...new Set(filter.userIds)])) {
      let select = this.db
        .selectFrom('path_enrollments')
        .select(['path_enrollments.user_id', 'path_enrollments.path_key', 'path_enrollments.version'])
        .where('path_enrollments.is_active', '=', true)
        .where('path_enrollments.user_id', 'in', chunk);
      if (filter.pathKey !== undefined)
        select = select.where('path_enrollments.path_key', '=', filter.pathKey);
      if (filter.courseKeys !== undefined) {
        if (filter.courseKeys.length === 0) return [];
        const courseKeys = [...filter.courseKeys];
        select = select.where((eb) =>
          eb.exists(
            eb
              .selectFrom('path_courses')
              .select('path_courses.path_key')
              .whereRef('path_courses.path_key', '=', 'path_enrollments.path_key')
              .where('path_courses.course_key', 'in', courseKeys),
          ),
        );
      }
      for (const row of await select.execute())
        targets.push({ userId: Number(row.user_id), pathKey: row.path_key, version: Number(row.version) });
    }
    return targets;
  }

  /** The tiers each target has achieved so far, by targetKey (one query per chunk of learners). */
  async achievedTiers(targets: readonly ProgressTarget[]): Promise<Map<string, string[]>> {
    const wanted = new Set(targets.map((target) => targetKey(target.userId, target.pathKey)));
    const achieved = new Map<string, string[]>();
    for (const chunk of chunksOf([...new Set(targets.map((target) => target.userId))])) {
      const rows = await this.db
        .selectFrom('path_progress')
        .select(['user_id', 'path_key', 'achieved_tiers'])
        .where('user_id', 'in', chunk)
        .where('achieved_tiers', '<>', '[]')
        .execute();
      for (const row of rows) {
        const key = targetKey(Number(row.user_id), row.path_key);
        if (wanted.has(key)) achieved.set(key, JSON.parse(row.achieved_tiers) as string[]);
      }
    }
    return achieved;
  }

  async write(records: readonly ProgressRecord[]): Promise<void> {
    for (const chunk of chunksOf(records)) {
      await this.db
        .insertInto('path_progress')
        .values(
          chunk.map((record) => ({
            user_id: record.userId,
            path_key: record.pathKey,
            version: record.version,
            status: record.status,
            progress: record.progress,
            current_tier: record.currentTier,
            achieved_tiers: JSON.stringify(record.achievedTiers),
            next_steps: JSON.stringify(record.next),
            updated_at: record.updatedAt,
          })),
        )
        .onConflict((conflict) =>
          conflict.columns(['user_id', 'path_key']).doUpdateSet((eb) => ({
            version: eb.ref('excluded.version'),
            status: eb.ref('excluded.status'),
            progress: eb.ref('excluded.progress'),
            current_tier: eb.ref('excluded.current_tier'),
            achieved_tiers: eb.ref('excluded.achieved_tiers'),
            next_steps: eb.ref('excluded.next_steps'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
  }

  /** The stored progress of one learner on some paths (all their paths without a list). */
  async ofUser(userId: number, pathKeys?: readonly string[]): Promise<Map<string, ProgressRecord>> {
    let select = this.db.selectFrom('path_progress').selectAll().where('user_id', '=', userId);
    if (pathKeys !== undefined) {
      if (pathKeys.length === 0) return new Map();
      select = select.where('path_key', 'in', [...pathKeys]);
    }
    const rows = await select.execute();
    return new Map(
      rows.map((row) => [
        row.path_key,
        {
          userId,
          pathKey: row.path_key,
          version: Number(row.version),
          status: row.status as ProgressStatus,
          progress: Number(row.progress),
          currentTier: row.current_tier,
          achievedTiers: JSON.parse(row.achieved_tiers) as string[],
          next: JSON.parse(row.next_steps) as string[],
          updatedAt: row.updated_at,
        },
      ]),
    );
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
    const sortColumn = {
      username: 'users.username',
      progress: 'path_progress.progress',
      enrolled: 'path_enrollments.created_at',
      updated: 'path_progress.updated_at',
    } as const;
    const [rows, count] = await Promise.all([
      select
        .select([
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
      })),
    };
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
