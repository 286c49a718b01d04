// Turns stored statements into course facts through the plugin's fact source: for each pending
// statement, the course its activity is mapped to by its source, the learner its actor names and
// the fields its verb gives, recorded with the id `xapi:<statement id>` (a repeat is applied once).
// A statement that gives no fact is settled as skipped, with why. Facts the service fails to record
// stay pending and are tried again (by the next request re-sending them, or the scheduled retry),
// until MAX_ATTEMPTS.
import type { PluginFact, PluginLog, PluginUsers, RecordFacts } from '@learning-paths/plugin-api';
import { mappingsOf } from '../sources/source-store.ts';
import { pendingStatements, settleFacts, type FactSettlement } from '../statements/statement-store.ts';
import { isActivity, type XapiStatement } from '../statements/statement-types.ts';
import { timestampInstant } from '../statements/xapi-formats.ts';
import type { XapiDatabase } from '../tables.ts';
import { courseOf, type ActivityMapping } from './activity-courses.ts';
import { learnerOf, type LearnerMatch } from './learner-of.ts';
import { factFields } from './statement-facts.ts';

/** Times the service may fail to record a statement's fact before it is given up (skipped). */
export const MAX_ATTEMPTS = 5;
/** Statements settled at most in one go. */
const BATCH = 500;

export type { RecordFacts };

export interface FactDeliveryOptions {
  readonly database: () => XapiDatabase;
  readonly users: PluginUsers;
  /** The setting accountHomePage (learner-of.ts). */
  readonly accountHomePage: string;
  readonly log: PluginLog;
}

type Row = Awaited<ReturnType<typeof pendingStatements>>[number];

/** A statement's fact, ready to be recorded. */
interface ReadyFact {
  readonly row: Row;
  readonly fact: PluginFact;
  readonly learner: string;
  readonly course: string;
}

/** What a statement gives: a fact to record, or why it gives none. */
type Decision = Omit<ReadyFact, 'row'> | { readonly reason: string; readonly course: string | null };

export class FactDelivery {
  #recordFacts: RecordFacts | undefined;

  constructor(private readonly options: FactDeliveryOptions) {}

  /** Given by the fact source once the service runs; until then facts wait, pending. */
  start(record: RecordFacts): void {
    this.#recordFacts = record;
  }

  stop(): void {
    this.#recordFacts = undefined;
  }

  /** Settles the pending facts of `ids` (of the oldest pending statements when absent). */
  async deliver(ids?: readonly string[]): Promise<void> {
    const record = this.#recordFacts;
    if (record === undefined) return;
    const db = this.options.database();
    const rows = await pendingStatements(db, BATCH, ids);
    const mappings = new Map<string, Promise<ActivityMapping[]>>();
    const learners = new Map<string, Promise<LearnerMatch>>();
    const settled: FactSettlement[] = [];
    const facts: ReadyFact[] = [];
    for (const row of rows) {
      const statement = JSON.parse(row.statement) as XapiStatement;
      if (!mappings.has(row.source_id)) mappings.set(row.source_id, mappingsOf(db, row.source_id));
      const decision = await this.#decide(row, statement, (await mappings.get(row.source_id))!, learners);
      if ('fact' in decision) facts.push({ row, ...decision });
      else
        settled.push({
          id: row.id,
          fact: 'skipped',
          learner: null,
          course: decision.course,
          reason: decision.reason,
          attempts: row.fact_attempts,
        });
    }
    settled.push(...(await this.#recordAll(record, facts)));
    await settleFacts(db, settled);
  }

  async #decide(
    row: Row,
    statement: XapiStatement,
    mappings: readonly ActivityMapping[],
    learners: Map<string, Promise<LearnerMatch>>,
  ): Promise<Decision> {
    const { object, actor } = statement;
    if (!isActivity(object)) return { reason: 'the object is not an Activity', course: null };
    const course = courseOf(object.id, mappings);
    if (course === null)
      return { reason: "the activity is not mapped to a course by the statement's source", course };
    const fields = factFields(statement);
    if (fields === null)
      return { reason: `the verb ${statement.verb.id} with this result says nothing of the course`, course };
    const actorKey = JSON.stringify(actor);
    if (!learners.has(actorKey))
      learners.set(actorKey, learnerOf(actor, this.options.users, this.options.accountHomePage));
    const learner = await learners.get(actorKey)!;
    if ('reason' in learner) return { reason: learner.reason, course };
    // When it happened; never after it was stored, as the service refuses facts from the future.
    const happened = Math.min(timestampInstant(statement.timestamp!)!, Date.parse(row.stored));
    const fact = {
      user: learner.username,
      course,
      time: new Date(happened).toISOString(),
      id: `xapi:${row.id}`,
      ...fields,
    };
    return { fact, learner: learner.username, course };
  }

  /** Records the facts in one go; when that fails, one by one, to settle each on its own. */
  async #recordAll(record: RecordFacts, facts: readonly ReadyFact[]): Promise<FactSettlement[]> {
    if (facts.length === 0) return [];
    const applied = ({ row, learner, course }: ReadyFact): FactSettlement => ({
      id: row.id,
      fact: 'applied',
      learner,
      course,
      reason: null,
      attempts: row.fact_attempts + 1,
    });
    try {
      await record(facts.map(({ fact }) => fact));
      return facts.map(applied);
    } catch {
      const settlements: FactSettlement[] = [];
      for (const entry of facts)
        settlements.push(
          await record([entry.fact]).then(
            () => applied(entry),
            (error: unknown) => this.#failed(entry, error),
          ),
        );
      return settlements;
    }
  }

  #failed({ row, learner, course }: ReadyFact, error: unknown): FactSettlement {
    const attempts = row.fact_attempts + 1;
    const message = error instanceof Error ? error.message : String(error);
    this.options.log.warn(
      { statement: row.id, attempts, error: message },
      'an xAPI fact could not be recorded',
    );
    return {
      id: row.id,
      fact: attempts >= MAX_ATTEMPTS ? 'skipped' : 'pending',
      learner,
      course,
      reason: `the service did not record the fact (attempt ${attempts} of ${MAX_ATTEMPTS}): ${message}`,
      attempts,
    };
  }
}
