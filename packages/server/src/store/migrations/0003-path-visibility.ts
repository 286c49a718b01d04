// Migration 0003: the visibility of a path's published version, kept on the path so that lists
// can filter by it without reading definitions.
import type { Kysely, Migration } from 'kysely';

export const pathVisibility: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('paths')
      .addColumn('visibility', 'text', (column) => column.notNull().defaultTo('invite_only'))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('paths').dropColumn('visibility').execute();
  },
};
