// Facts about LMS user ids no user has yet, kept until one does: the only SQL about parked facts,
// and about which event ids the worker has handled already (applied or parked).
import type { Kysely, Selectable } from 'kysely';
import type { Database, ParkedFactsTable } from '../schema.ts';
import { chunksOf } from './chunks.ts';
import type { FactFieldValues } from '../../domain/facts.ts';

export interface ParkedFact {
  /** The fact's idempotency id. */
  readonly id: string;
  readonly lmsUserId: string;
  readonly courseKey: string;
  readonly values: FactFieldValues;
  /** When it happened, ISO 8601 UTC. */
  readonly time: string;
}

/** A parked fact whose LMS user id now belongs to a user. */
export interface AttachableFact extends ParkedFact {
  readonly username: string;
}

function toParked(row: Selectable<ParkedFactsTable>): ParkedFact {
  return {
    id: row.id,
    lmsUserId: row.lms_user_id,
    courseKey: row.course_key,
    values: JSON.parse(row.fact) as FactFieldValues,
    time: row.time,
  };
}

export class ParkedFactRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Keeps facts until their user is known; a fact parked already (same id) is kept once. */
  async park(facts: readonly ParkedFact[], now: string): Promise<void> {
    for (const chunk of chunksOf(facts, 200))
      await this.db
        .insertInto('parked_facts')
        .values(
          chunk.map((fact) => ({
            id: fact.id,
            lms_user_id: fact.lmsUserId,
            course_key: fact.courseKey,
            fact: JSON.stringify(fact.values),
            time: fact.time,
            parked_at: now,
          })),
        )
        .onConflict((conflict) => conflict.column('id').doNothing())
        .execute();
  }

  /** The facts parked for these LMS user ids. */
  async ofLmsUsers(lmsUserIds: readonly string[]): Promise<ParkedFact[]> {
    const found: ParkedFact[] = [];
    for (const chunk of chunksOf([...new Set(lmsUserIds)])) {
      const rows = await this.db
        .selectFrom('parked_facts')
        .selectAll()
        .where('lms_user_id', 'in', chunk)
        .execute();
      found.push(...rows.map(toParked));
    }
    return found;
  }

  /** Up to `limit` parked facts whose LMS user id a user has now (a sign-in or a lookup gave it). */
  async attachable(limit: number): Promise<AttachableFact[]> {
    const rows = await this.db
      .selectFrom('parked_facts')
      .innerJoin('users', 'users.lms_user_id', 'parked_facts.lms_user_id')
      .selectAll('parked_facts')
      .select('users.username')
      .orderBy('parked_facts.id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ ...toParked(row), username: row.username }));
  }

  async remove(ids: readonly string[]): Promise<void> {
    for (const chunk of chunksOf([...new Set(ids)]))
      await this.db.deleteFrom('parked_facts').where('id', 'in', chunk).execute();
  }

  /** Of these event ids, those applied already (fact_receipts) or parked. */
  async handledIds(ids: readonly string[]): Promise<Set<string>> {
    const handled = new Set<string>();
    for (const chunk of chunksOf([...new Set(ids)])) {
      const rows = await this.db
        .selectFrom('fact_receipts')
        .select('id')
        .where('id', 'in', chunk)
        .unionAll((eb) => eb.selectFrom('parked_facts').select('id').where('id', 'in', chunk))
        .execute();
      for (const row of rows) handled.add(row.id);
    }
    return handled;
  }
}
