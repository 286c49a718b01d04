// Stores a validated batch of statements all or nothing: each gets its id (a new UUID when it has
// none), the stored time, the authority of the source that sent it and a version; an id already
// stored is a no-op when the statement matches (statement comparison) and a 409 when it does not;
// an id twice in the batch is a 400. Returns the ids in order, and the statements whose fact is to
// be recorded now: the new ones, and earlier ones whose fact is still pending.
import { randomUUID } from 'node:crypto';
import { httpError } from '../http/problem.ts';
import type { StatementRow, XapiDatabase } from '../tables.ts';
import { canonicalStatement } from './canonical-statement.ts';
import { insertNew, markVoided, storedWithIds } from './statement-store.ts';
import { isActivity, VOIDED_VERB, type XapiActor, type XapiStatement } from './statement-types.ts';

export interface StoreStatementsOptions {
  readonly db: XapiDatabase;
  readonly statements: readonly XapiStatement[];
  readonly sourceId: string;
  /** The Agent stored as each statement's authority: the source, by its key. */
  readonly authority: XapiActor;
  readonly now: string;
}

export interface StoredBatch {
  readonly ids: readonly string[];
  readonly toDeliver: readonly string[];
}

/** Another request stored one of the ids between this one's read and its insert. */
class IdTakenMeanwhile extends Error {}

function rowOf(statement: XapiStatement, id: string, options: StoreStatementsOptions): StatementRow {
  const { object, verb } = statement;
  const voids =
    verb.id === VOIDED_VERB && object.objectType === 'StatementRef' ? object.id.toLowerCase() : null;
  const stored = {
    ...statement,
    id,
    timestamp: statement.timestamp ?? options.now,
    stored: options.now,
    authority: options.authority,
    version: statement.version ?? '1.0.0',
  };
  return {
    id,
    source_id: options.sourceId,
    stored: options.now,
    verb: verb.id,
    activity: isActivity(object) ? object.id : null,
    statement: JSON.stringify(stored),
    canonical: canonicalStatement(statement),
    voids,
    voided_by: null,
    learner: null,
    course: null,
    // Voiding changes no fact: a fact recorded stays (README.md says why).
    fact: voids === null ? 'pending' : 'skipped',
    fact_reason: voids === null ? null : 'a voiding statement records no fact',
    fact_attempts: 0,
  };
}

function distinctIds(rows: readonly StatementRow[]): void {
  const first = new Map<string, number>();
  rows.forEach(({ id }, index) => {
    const earlier = first.get(id);
    if (earlier !== undefined)
      throw httpError(
        400,
        `statements ${earlier} and ${index} have the same id ${id}: a batch uses each id once`,
      );
    first.set(id, index);
  });
}

export async function storeStatements(options: StoreStatementsOptions): Promise<StoredBatch> {
  const rows = options.statements.map((statement) =>
    rowOf(statement, statement.id?.toLowerCase() ?? randomUUID(), options),
  );
  distinctIds(rows);
  const ids = rows.map((row) => row.id);
  const attempt = () =>
    options.db.transaction().execute(async (trx) => {
      const stored = new Map((await storedWithIds(trx, ids)).map((row) => [row.id, row]));
      const fresh: StatementRow[] = [];
      const stillPending: string[] = [];
      rows.forEach((row, index) => {
        const earlier = stored.get(row.id);
        if (earlier === undefined) fresh.push(row);
        else if (earlier.canonical !== row.canonical)
          throw httpError(
            409,
            `statement ${index}: a different statement with the id ${row.id} is stored already; nothing was stored`,
          );
        else if (earlier.fact === 'pending') stillPending.push(row.id);
      });
      if ((await insertNew(trx, fresh)) < fresh.length) throw new IdTakenMeanwhile();
      await markVoided(
        trx,
        fresh.map((row) => row.id),
      );
      const toDeliver = [
        ...fresh.filter((row) => row.fact === 'pending').map((row) => row.id),
        ...stillPending,
      ];
      return { ids, toDeliver };
    });
  // The second attempt reads the statements stored meanwhile and compares them.
  return attempt().catch((error: unknown) => {
    if (error instanceof IdTakenMeanwhile) return attempt();
    throw error;
  });
}
