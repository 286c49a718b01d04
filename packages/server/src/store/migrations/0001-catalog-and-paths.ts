// Migration 0001: organisations, the course catalog, paths with their drafts, and the immutable
// published versions of paths.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../database.ts';
import { booleanType } from './column-types.ts';

export function catalogAndPaths(dialect: DialectName): Migration {
  const boolean = booleanType(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('organizations')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('courses')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('title', 'text', (column) => column.notNull())
        .addColumn('org', 'text', (column) => column.notNull())
        .addColumn('starts_at', 'text')
        .addColumn('ends_at', 'text')
        .addColumn('lms_url', 'text')
        .addColumn('invite_only', boolean, (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('courses_org').on('courses').column('org').execute();
      await db.schema
        .createTable('paths')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('org', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('title', 'text', (column) => column.notNull())
        .addColumn('draft', 'text', (column) => column.notNull())
        .addColumn('draft_revision', 'integer', (column) => column.notNull())
        .addColumn('published_version', 'integer')
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('paths_org_status').on('paths').columns(['org', 'status']).execute();
      await db.schema
        .createTable('path_versions')
        .addColumn('path_key', 'text', (column) => column.notNull().references('paths.key'))
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('definition', 'text', (column) => column.notNull())
        .addColumn('published_by', 'text')
        .addColumn('published_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('path_versions_pk', ['path_key', 'version'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['path_versions', 'paths', 'courses', 'organizations'])
        await db.schema.dropTable(table).execute();
    },
  };
}
