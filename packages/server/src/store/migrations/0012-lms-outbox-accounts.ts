// Migration 0012: the LMS outbox also carries course enrollments of accounts (a learner starting a
// step), not only calls about addresses. A row is now keyed by the kind of recipient (`address`:
// an email; `account`: a username, which may contain `@` too), the recipient and the course;
// enrollments remember the path they are made through. Rebuilt, as SQLite cannot change a key.
import { sql, type Kysely, type Migration } from 'kysely';

const REBUILT = 'lms_outbox_rebuilt';

/** The outbox's columns after `recipient`, shared by both shapes. */
const STATE_COLUMNS = [
  'course_key',
  'action',
  'state',
  'generation',
  'attempts',
  'last_error',
  'next_attempt_at',
  'claimed_by',
  'claimed_until',
  'queued_at',
  'sent_at',
] as const;

async function createDueIndex(db: Kysely<unknown>) {
  await db.schema
    .createIndex('lms_outbox_due')
    .on('lms_outbox')
    .columns(['state', 'next_attempt_at'])
    .execute();
}

export const lmsOutboxAccounts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable(REBUILT)
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('recipient', 'text', (column) => column.notNull())
      .addColumn('course_key', 'text', (column) => column.notNull())
      .addColumn('action', 'text', (column) => column.notNull())
      .addColumn('via_path', 'text')
      .addColumn('state', 'text', (column) => column.notNull())
      .addColumn('generation', 'integer', (column) => column.notNull())
      .addColumn('attempts', 'integer', (column) => column.notNull())
      .addColumn('last_error', 'text')
      .addColumn('next_attempt_at', 'text', (column) => column.notNull())
      .addColumn('claimed_by', 'text')
      .addColumn('claimed_until', 'text')
      .addColumn('queued_at', 'text', (column) => column.notNull())
      .addColumn('sent_at', 'text')
      .addPrimaryKeyConstraint('lms_outbox_recipient_pk', ['kind', 'recipient', 'course_key'])
      .execute();
    const columns = sql.join(STATE_COLUMNS.map((column) => sql.ref(column)));
    await sql`insert into ${sql.table(REBUILT)} (kind, recipient, ${columns})
      select 'address', email, ${columns} from lms_outbox`.execute(db);
    await db.schema.dropTable('lms_outbox').execute();
    await db.schema.alterTable(REBUILT).renameTo('lms_outbox').execute();
    await createDueIndex(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema
      .createTable(REBUILT)
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
    const columns = sql.join(STATE_COLUMNS.map((column) => sql.ref(column)));
    // Enrollments of accounts had no place before: the LMS's own events record them once made.
    await sql`insert into ${sql.table(REBUILT)} (email, ${columns})
      select recipient, ${columns} from lms_outbox where kind = 'address'`.execute(db);
    await db.schema.dropTable('lms_outbox').execute();
    await db.schema.alterTable(REBUILT).renameTo('lms_outbox').execute();
    await createDueIndex(db);
  },
};
