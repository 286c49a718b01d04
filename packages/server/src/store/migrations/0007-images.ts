// Migration 0007: images authors upload for their paths (a path's `image` then names one by URL).
// Their ids are random and unguessable, since anyone may fetch an image whose id they know.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../database.ts';
import { binaryType } from './column-types.ts';

export function images(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('images')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('content_type', 'text', (column) => column.notNull())
        .addColumn('bytes', binaryType(dialect), (column) => column.notNull())
        .addColumn('size', 'integer', (column) => column.notNull())
        .addColumn('uploaded_by', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('images').execute();
    },
  };
}
