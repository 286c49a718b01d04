// Parked facts waited for their LMS user id to belong to a user. Whatever made it known (an event,
// a sign-in with an Open edX JWT, an LMS lookup), this applies them then and forgets them.
import type { DataAccess } from '../../store/data-access.ts';
import type { ParkedFact } from '../../store/repositories/parked-fact-repository.ts';
import { recordFactsInTransaction, type FactInput } from '../facts/apply-facts.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { EVENT_SOURCE } from './event-handlers.ts';
import type { Hooks } from '../plugin-hooks.ts';

/** How many parked facts one sweep attaches, in one transaction. */
const SWEEP = 500;

/** A parked fact as recordFactsInTransaction takes it, now that its user has a username. */
export function parkedFactInput(parked: ParkedFact, username: string): FactInput {
  return { ...parked.values, user: username, course: parked.courseKey, time: parked.time, id: parked.id };
}

export interface AttachParkedFactsOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly now: string;
  /** Where the changes are reported to plugins. */
  readonly hooks?: Hooks;
}

/**
 * Applies the parked facts of every user who has their LMS user id now; returns how many. Safe to
 * run from several workers at once: a fact id is applied once.
 */
export async function attachParkedFacts({
  data,
  compiled,
  now,
  hooks,
}: AttachParkedFactsOptions): Promise<number> {
  let attached = 0;
  for (;;) {
    const count = await data.transaction(async (trx) => {
      const parked = await trx.parkedFacts.attachable(SWEEP);
      if (parked.length === 0) return 0;
      await recordFactsInTransaction({
        data: trx,
        compiled,
        facts: parked.map((fact) => parkedFactInput(fact, fact.username)),
        source: EVENT_SOURCE,
        now,
        ...(hooks && { hooks }),
      });
      await trx.parkedFacts.remove(parked.map((fact) => fact.id));
      return parked.length;
    });
    attached += count;
    if (count < SWEEP) return attached;
  }
}
