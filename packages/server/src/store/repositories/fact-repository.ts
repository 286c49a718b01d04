// Learners' course facts and the idempotency ids of applied facts: the only SQL about facts. Each
// field keeps the time of the fact that set it, so that services can let the newer one win.
import type { Kysely, Selectable } from 'kysely';
import type { CourseFactsTable, Database } from '../schema.ts';
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
  readonly source: string;
  readonly updatedAt: string;
}

export const FACT_FIELDS = ['completion', 'grade', 'passed', 'enrolled'] as const;

function timed<T>(value: T | null, at: string | null): Timed<T> | null {
  return value === null || at === null ? null : { value, at };
}

function toFacts(row: Selectable<CourseFactsTable>): StoredFacts {
  return {
    userId: Number(row.user_id),
    courseKey: row.course_key,
    completion: timed(row.completion === null ? null : Number(row.completion), row.completion_at),
    grade: timed(row.grade === null ? null : Number(row.grade), row.grade_at),
    passed: timed(row.passed === null ? null : Boolean(row.passed), row.passed_at),
    enrolled: timed(row.enrolled === null ? null : Boolean(row.enrolled), row.enrolled_at),
    source: row.source,
    updatedAt: row.updated_at,
  };
}

export class FactRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Records idempotency ids; returns those not seen before (the facts to apply). */
  async claimIds(ids: readonly string[], now: string): Promise<Set<string>> {
    const fresh = new Set<string>();
    for (const chunk of chunksOf([...new Set(ids)])) {
      const rows = await this.db
        .insertInto('fact_receipts')
        .values(chunk.map((id) => ({ id, received_at: now })))
        .onConflict((conflict) => conflict.column('id').doNothing())
        .returning('id')
        .execute();
      for (const row of rows) fresh.add(row.id);
    }
    return fresh;
  }

  /** Every course fact of these users, by user id and course key. */
  async ofUsers(userIds: readonly number[]): Promise<Map<number, Map<string, StoredFacts>>> {
    const byUser = new Map<number, Map<string, StoredFacts>>();
    for (const id of userIds) byUser.set(id, new Map());
    for (const chunk of chunksOf([...new Set(userIds)])) {
      const rows = await this.db
        .selectFrom('course_facts')
        .selectAll()
        .where('user_id', 'in', chunk)
        .execute();
      for (const row of rows) {
        const facts = toFacts(row);
        byUser.get(facts.userId)!.set(facts.courseKey, facts);
      }
    }
    return byUser;
  }

  /** Stores these facts as they are, replacing what was stored for the same user and course. */
  async write(facts: readonly StoredFacts[]): Promise<void> {
    for (const chunk of chunksOf(facts, 200)) {
      await this.db
        .insertInto('course_facts')
        .values(
          chunk.map((fact) => ({
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
            source: fact.source,
            updated_at: fact.updatedAt,
          })),
        )
        .onConflict((conflict) =>
          conflict.columns(['user_id', 'course_key']).doUpdateSet((eb) => ({
            completion: eb.ref('excluded.completion'),
            completion_at: eb.ref('excluded.completion_at'),
            grade: eb.ref('excluded.grade'),
            grade_at: eb.ref('excluded.grade_at'),
            passed: eb.ref('excluded.passed'),
            passed_at: eb.ref('excluded.passed_at'),
            enrolled: eb.ref('excluded.enrolled'),
            enrolled_at: eb.ref('excluded.enrolled_at'),
            source: eb.ref('excluded.source'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
  }
}
