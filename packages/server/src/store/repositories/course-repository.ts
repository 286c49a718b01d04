// The course catalog: the only SQL about courses. Courses are upserted by key, singly or in bulk.
import { courseOfRun } from '@learning-paths/core';
import type { Kysely, Selectable } from 'kysely';
import { chunksOf } from './chunks.ts';
import { containsText } from './text-search.ts';
import type { CoursesTable, Database } from '../schema.ts';
import { CATALOG_SCOPE, ChangeCounterRepository } from './change-counter-repository.ts';

export interface CourseRecord {
  readonly key: string;
  readonly title: string;
  readonly org: string;
  readonly startsAt: string | null;
  readonly endsAt: string | null;
  readonly lmsUrl: string | null;
  readonly inviteOnly: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type CourseInput = Omit<CourseRecord, 'createdAt' | 'updatedAt'>;

function toCourse(row: Selectable<CoursesTable>): CourseRecord {
  return {
    key: row.key,
    title: row.title,
    org: row.org,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    lmsUrl: row.lms_url,
    // SQLite answers 0/1, PostgreSQL true/false.
    inviteOnly: Boolean(row.invite_only),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class CourseRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Creates or updates courses by key; returns how many there were. Call it inside a transaction. */
  async upsert(courses: readonly CourseInput[], now: string): Promise<number> {
    for (const chunk of chunksOf(courses)) {
      const rows = chunk.map((course) => ({
        key: course.key,
        title: course.title,
        org: course.org,
        starts_at: course.startsAt,
        ends_at: course.endsAt,
        lms_url: course.lmsUrl,
        invite_only: course.inviteOnly,
        created_at: now,
        updated_at: now,
      }));
      await this.db
        .insertInto('courses')
        .values(rows)
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet((eb) => ({
            title: eb.ref('excluded.title'),
            org: eb.ref('excluded.org'),
            starts_at: eb.ref('excluded.starts_at'),
            ends_at: eb.ref('excluded.ends_at'),
            lms_url: eb.ref('excluded.lms_url'),
            invite_only: eb.ref('excluded.invite_only'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
    // Processes keeping the catalog in memory reload it (services/catalog/catalog-cache.ts).
    if (courses.length > 0) await new ChangeCounterRepository(this.db).bump(CATALOG_SCOPE);
    return courses.length;
  }

  async get(key: string): Promise<CourseRecord | undefined> {
    const row = await this.db.selectFrom('courses').selectAll().where('key', '=', key).executeTakeFirst();
    return row && toCourse(row);
  }

  /** The whole catalog, by key. */
  async all(): Promise<Map<string, CourseRecord>> {
    const rows = await this.db.selectFrom('courses').selectAll().execute();
    return new Map(rows.map((row) => [row.key, toCourse(row)]));
  }

  /** The courses among `keys` that exist, by key: for course titles and catalog checks. */
  async getMany(keys: readonly string[]): Promise<Map<string, CourseRecord>> {
    if (keys.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('courses')
      .selectAll()
      .where('key', 'in', [...keys])
      .execute();
    return new Map(rows.map((row) => [row.key, toCourse(row)]));
  }

  /** Every run of each course (`org+number`) the catalog has, by course; missing when it has none. */
  async runsOf(courses: readonly string[]): Promise<Map<string, CourseRecord[]>> {
    const byCourse = new Map<string, CourseRecord[]>();
    if (courses.length === 0) return byCourse;
    const wanted = new Set(courses);
    // LIKE's `_` matches any character and `_` is allowed in keys: the prefix test below is exact.
    const rows = await this.db
      .selectFrom('courses')
      .selectAll()
      .where((eb) => eb.or(courses.map((course) => eb('key', 'like', `course-v1:${course}+%`))))
      .execute();
    for (const row of rows) {
      const course = courseOfRun(row.key);
      if (course === null || !wanted.has(course)) continue;
      const runs = byCourse.get(course);
      if (runs) runs.push(toCourse(row));
      else byCourse.set(course, [toCourse(row)]);
    }
    return byCourse;
  }

  async list(query: {
    org?: string;
    /** Part of the title or key, any case. */
    search?: string;
    limit: number;
    offset: number;
  }): Promise<{ items: CourseRecord[]; total: number }> {
    let select = this.db.selectFrom('courses');
    if (query.org !== undefined) select = select.where('org', '=', query.org);
    if (query.search) {
      select = select.where(containsText(['title', 'key'], query.search));
    }
    const [rows, count] = await Promise.all([
      select.selectAll().orderBy('key').limit(query.limit).offset(query.offset).execute(),
      select.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toCourse), total: Number(count.total) };
  }
}
