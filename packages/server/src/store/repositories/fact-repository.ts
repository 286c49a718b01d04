// Learners' course facts and the idempotency ids of applied facts: the only SQL about facts. Each
// field keeps the time of the fact that set it, so that services can let the newer one win; the
// fields plugins' criteria declare share one JSON column, each with its time too.
import { sql, type Kysely } from 'kysely';
import type { CourseFactsTable, Database } from '../schema.ts';
import type { DialectName } from '../database.ts';
import { writeRows } from './bulk-write.ts';
import { groupedRows, rowsOfGroup } from './grouped-rows.ts';
import { isOneOf } from './value-list.ts';
import { chunksOf } from './chunks.ts';

/** A value and the time of the fact it came from. */
export interface Timed<T> {
  readonly value: T;
  readonly at: string;
}

export interface StoredFacts {
  readonly userId: number;
  readonly courseKey: string;
  readonly completion: Timed<number> | null;
  readonly grade: Timed<number> | null;
  readonly passed: Timed<boolean> | null;
  readonly enrolled: Timed<boolean> | null;
  /** The fields registered criteria declare (`CriterionDefinition.facts`), by name; never changed in place. */
  readonly criteria: CriterionFacts;
  readonly source: string;
  readonly updatedAt: string;
}

/** Values of fields that criteria declare, by field name. */
export type CriterionFacts = Readonly<Record<string, Timed<unknown>>>;

/** No criterion's field set: shared by every fact without one, which is why none is changed in place. */
export const NO_CRITERION_FACTS: CriterionFacts = Object.freeze({});

function timed<T>(value: T | null, at: string | null): Timed<T> | null {
  return value === null || at === null ? null : { value, at };
}

/** What is read of each fact, in this order (see toFacts); booleans are 1 and 0 on SQLite. */
export const FACT_READ_COLUMNS = [
  'course_key',
  'completion',
  'completion_at',
  'grade',
  'grade_at',
  'passed',
  'passed_at',
  'enrolled',
  'enrolled_at',
  'source',
  'updated_at',
  'criteria',
] as const;

/** One fact as read, the values of FACT_READ_COLUMNS in their order. */
export type FactReadRow = [
  courseKey: string,
  completion: number | null,
  completionAt: string | null,
  grade: number | null,
  gradeAt: string | null,
  passed: boolean | number | null,
  passedAt: string | null,
  enrolled: boolean | number | null,
  enrolledAt: string | null,
  source: string,
  updatedAt: string,
  criteria: string | null,
];

/** A fact read as FACT_READ_COLUMNS. */
export function toFacts(userId: number, values: FactReadRow): StoredFacts {
  const [courseKey, completion, completionAt, grade, gradeAt, passed, passedAt, enrolled, enrolledAt] =
    values;
  return {
    userId,
    courseKey,
    completion: timed(completion, completionAt),
    grade: timed(grade, gradeAt),
    passed: timed(passed === null ? null : Boolean(passed), passedAt),
    enrolled: timed(enrolled === null ? null : Boolean(enrolled), enrolledAt),
    criteria: values[11] === null ? NO_CRITERION_FACTS : (JSON.parse(values[11]) as CriterionFacts),
    source: values[9],
    updatedAt: values[10],
  };
}

const FACT_COLUMNS = [
  'user_id',
  'course_key',
  'completion',
  'completion_at',
  'grade',
  'grade_at',
  'passed',
  'passed_at',
  'enrolled',
  'enrolled_at',
  'criteria',
  'source',
  'updated_at',
] as const satisfies readonly (keyof CourseFactsTable)[];

export class FactRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /** Records idempotency ids; returns those not seen before (the facts to apply). */
  async claimIds(ids: readonly string[], now: string): Promise<Set<string>> {
    const fresh = await writeRows(this.db, this.dialect, {
      table: 'fact_receipts',
      columns: ['id', 'received_at'],
      onConflict: { key: ['id'], update: [] },
      rows: [...new Set(ids)].map((id) => ({ id, received_at: now })),
      returning: 'id',
    });
    return new Set(fresh as string[]);
  }

  /** Every course fact of these users, by user id and course key. */
  async ofUsers(userIds: readonly number[]): Promise<Map<number, Map<string, StoredFacts>>> {
    const byUser = new Map<number, Map<string, StoredFacts>>();
    for (const id of userIds) byUser.set(id, new Map());
    const factsOfUser = groupedRows<FactReadRow>(
      this.dialect,
      FACT_READ_COLUMNS.map((column) => sql.ref(column)),
    );
    if (userIds.length === 0) return byUser;
    const rows = await this.db
      .selectFrom('course_facts')
      .select(['user_id', factsOfUser.as('facts')])
      .where(isOneOf(this.dialect, 'user_id', [...new Set(userIds)]))
      .groupBy('user_id')
      .execute();
    for (const row of rows) {
      const userId = Number(row.user_id);
      const ofUser = byUser.get(userId)!;
      for (const values of rowsOfGroup(row.facts)) ofUser.set(values[0], toFacts(userId, values));
    }
    return byUser;
  }

  /**
   * The time of the newest fact about any of these courses for each of these users (the facts'
   * own times, not when they were recorded); users without one are absent.
   */
  async lastFactTimes(
    userIds: readonly number[],
    courseKeys: readonly string[],
  ): Promise<Map<number, string>> {
    const newest = new Map<number, string>();
    if (userIds.length === 0 || courseKeys.length === 0) return newest;
    const courses = [...new Set(courseKeys)];
    for (const users of chunksOf([...new Set(userIds)])) {
      const rows = await this.db
        .selectFrom('course_facts')
        .select(['user_id', 'completion_at', 'grade_at', 'passed_at', 'enrolled_at'])
        .where('user_id', 'in', users)
        .where('course_key', 'in', courses)
        .execute();
      for (const row of rows)
        for (const at of [row.completion_at, row.grade_at, row.passed_at, row.enrolled_at]) {
          const userId = Number(row.user_id);
          if (at !== null && at > (newest.get(userId) ?? '')) newest.set(userId, at);
        }
    }
    return newest;
  }

  /** Stores these facts as they are, replacing what was stored for the same user and course. */
  async write(facts: readonly StoredFacts[]): Promise<void> {
    await writeRows(this.db, this.dialect, {
      table: 'course_facts',
      columns: FACT_COLUMNS,
      onConflict: {
        key: ['user_id', 'course_key'],
        update: FACT_COLUMNS.filter((column) => column !== 'user_id' && column !== 'course_key'),
      },
      rows: facts.map((fact) => ({
        user_id: fact.userId,
        course_key: fact.courseKey,
        completion: fact.completion?.value ?? null,
        completion_at: fact.completion?.at ?? null,
        grade: fact.grade?.value ?? null,
        grade_at: fact.grade?.at ?? null,
        passed: fact.passed?.value ?? null,
        passed_at: fact.passed?.at ?? null,
        enrolled: fact.enrolled?.value ?? null,
        enrolled_at: fact.enrolled?.at ?? null,
        criteria: Object.keys(fact.criteria).length === 0 ? null : JSON.stringify(fact.criteria),
        source: fact.source,
        updated_at: fact.updatedAt,
      })),
    });
  }
}
