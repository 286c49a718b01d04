// Migration 0009: counters of password sign-in attempts, per account and per client address, kept
// in the database so that every process serving the same database throttles guessing together.
import type { Kysely, Migration } from 'kysely';

export const signInThrottle: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sign_in_failures')
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('key', 'text', (column) => column.notNull())
      .addColumn('failures', 'integer', (column) => column.notNull())
      .addColumn('last_failure_at', 'text', (column) => column.notNull())
      .addColumn('blocked_until', 'text')
      .addPrimaryKeyConstraint('sign_in_failures_pk', ['kind', 'key'])
      .execute();
    await db.schema
      .createIndex('sign_in_failures_last_failure_at')
      .on('sign_in_failures')
      .column('last_failure_at')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('sign_in_failures').execute();
  },
};
