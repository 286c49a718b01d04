// Change counters (migration 0006): a counter per scope that moves with every committed change to
// what it guards, so that a process may keep that data in memory and tell by one read whether it
// still holds, whichever process (server, CLI, worker) wrote. The catalog is the one scope so far;
// its counter is read inside the statements that need it (learner-snapshot-repository.ts).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** The scope of the course catalog (titles, organisations, dates, URLs). */
export const CATALOG_SCOPE = 'catalog';

export class ChangeCounterRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Moves the scope's counter on by one; inside the transaction of the change it guards. */
  async bump(scope: string): Promise<void> {
    await this.db
      .insertInto('change_counters')
      .values({ scope, counter: 1 })
      .onConflict((conflict) =>
        conflict.column('scope').doUpdateSet((eb) => ({ counter: eb('change_counters.counter', '+', 1) })),
      )
      .execute();
  }
}
