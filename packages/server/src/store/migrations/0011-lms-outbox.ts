// Migration 0011: the outbox of calls to the LMS that requests asked for (letting a pending address
// into a course, taking it out again), written with the change that needs them and sent by the
// background sender. One row per (address, course): a newer request replaces what the row asks for.
import type { Kysely, Migration } from 'kysely';

export const lmsOutbox: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('lms_outbox')
      .addColumn('email', 'text', (column) => column.notNull())
      .addColumn('course_key', 'text', (column) => column.notNull())
      .addColumn('action', 'text', (column) => column.notNull())
      .addColumn('state', 'text', (column) => column.notNull())
      .addColumn('generation', 'integer', (column) => column.notNull())
      .addColumn('attempts', 'integer', (column) => column.notNull())
      .addColumn('last_error', 'text')
      .addColumn('next_attempt_at', 'text', (column) => column.notNull())
      .addColumn('claimed_by', 'text')
      .addColumn('claimed_until', 'text')
      .addColumn('queued_at', 'text', (column) => column.notNull())
      .addColumn('sent_at', 'text')
      .addPrimaryKeyConstraint('lms_outbox_pk', ['email', 'course_key'])
      .execute();
    await db.schema
      .createIndex('lms_outbox_due')
      .on('lms_outbox')
      .columns(['state', 'next_attempt_at'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('lms_outbox').execute();
  },
};
