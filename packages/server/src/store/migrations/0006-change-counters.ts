// Migration 0006: change counters. A learner's counter moves with every committed write to what
// their "My Learning" shows, the `catalog` counter with every change to the course catalog, so a
// server may keep answers in memory and tell with one read whether they still hold, whichever
// process (server, CLI, event-bus worker) wrote.
import type { Kysely, Migration } from 'kysely';

export const changeCounters: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('change_counters')
      .addColumn('scope', 'text', (column) => column.primaryKey())
      .addColumn('counter', 'integer', (column) => column.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('change_counters').execute();
  },
};
