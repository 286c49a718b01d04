// Migration 0005: what the event-bus worker keeps. Parked facts wait for an LMS user id no user has
// yet (a grade event names only the id); dead letters are the messages the worker gave up on.
// Processed messages need no table of their own: their ids are fact ids, kept in fact_receipts.
import type { Kysely, Migration } from 'kysely';

export const eventBus: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('parked_facts')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('lms_user_id', 'text', (column) => column.notNull())
      .addColumn('course_key', 'text', (column) => column.notNull())
      .addColumn('fact', 'text', (column) => column.notNull())
      .addColumn('time', 'text', (column) => column.notNull())
      .addColumn('parked_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('parked_facts_lms_user').on('parked_facts').column('lms_user_id').execute();

    await db.schema
      .createTable('dead_letters')
      .addColumn('stream', 'text', (column) => column.notNull())
      .addColumn('message_id', 'text', (column) => column.notNull())
      .addColumn('type', 'text')
      .addColumn('fields', 'text', (column) => column.notNull())
      .addColumn('error', 'text', (column) => column.notNull())
      .addColumn('deliveries', 'integer', (column) => column.notNull())
      .addColumn('failed_at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('dead_letters_pk', ['stream', 'message_id'])
      .execute();
    await db.schema.createIndex('dead_letters_failed_at').on('dead_letters').column('failed_at').execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['dead_letters', 'parked_facts']) await db.schema.dropTable(table).execute();
  },
};
