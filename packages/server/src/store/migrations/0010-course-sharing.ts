// Migration 0010: which organisations may put another organisation's invite-only courses into
// their paths: per course, and an organisation-wide default for the courses that say nothing.
import type { Kysely, Migration } from 'kysely';

export const courseSharing: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('course_sharing')
      .addColumn('course_key', 'text', (column) => column.primaryKey())
      .addColumn('shared_with', 'text', (column) => column.notNull())
      .addColumn('updated_by', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('organization_sharing')
      .addColumn('org', 'text', (column) => column.primaryKey())
      .addColumn('share_invite_only_courses_with', 'text', (column) => column.notNull())
      .addColumn('updated_by', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['organization_sharing', 'course_sharing'])
      await db.schema.dropTable(table).execute();
  },
};
