// The course catalog: the only SQL about courses. Courses are upserted by key, singly or in bulk.
import type { Kysely, Selectable } from 'kysely';
import type { CoursesTable, Database } from '../schema.ts';

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

/** Rows per INSERT: well under SQLite's limit of 32,766 bound values at 9 columns a row. */
const BATCH = 500;

export class CourseRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Creates or updates courses by key, in one transaction; returns how many there were. */
  async upsert(courses: readonly CourseInput[], now: string): Promise<number> {
    await this.db.transaction().execute(async (trx) => {
      for (let start = 0; start < courses.length; start += BATCH) {
        const rows = courses.slice(start, start + BATCH).map((course) => ({
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
        await trx
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
    });
    return courses.length;
  }

  async get(key: string): Promise<CourseRecord | undefined> {
    const row = await this.db.selectFrom('courses').selectAll().where('key', '=', key).executeTakeFirst();
    return row && toCourse(row);
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

  async list(query: {
    org?: string;
    limit: number;
    offset: number;
  }): Promise<{ items: CourseRecord[]; total: number }> {
    let select = this.db.selectFrom('courses');
    if (query.org !== undefined) select = select.where('org', '=', query.org);
    const [rows, count] = await Promise.all([
      select.selectAll().orderBy('key').limit(query.limit).offset(query.offset).execute(),
      select.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toCourse), total: Number(count.total) };
  }
}
