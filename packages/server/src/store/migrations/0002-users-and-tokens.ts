// Migration 0002: users, their roles (granted everywhere, for an organisation or for a path), and
// API tokens, stored as SHA-256 hashes only.
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../database.ts';
import { booleanType } from './column-types.ts';

export function usersAndTokens(dialect: DialectName): Migration {
  const boolean = booleanType(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (column) =>
          dialect === 'postgres' ? column.primaryKey() : column.primaryKey().autoIncrement(),
        )
        .addColumn('username', 'text', (column) => column.notNull().unique())
        .addColumn('email', 'text', (column) => column.unique())
        .addColumn('display_name', 'text')
        .addColumn('lms_user_id', 'text', (column) => column.unique())
        .addColumn('password_hash', 'text')
        .addColumn('is_admin', boolean, (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('role_grants')
        .addColumn('user_id', 'integer', (column) =>
          column.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('role', 'text', (column) => column.notNull())
        .addColumn('scope', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('role_grants_pk', ['user_id', 'role', 'scope'])
        .execute();
      await db.schema
        .createTable('api_tokens')
        .addColumn('token_hash', 'text', (column) => column.primaryKey())
        .addColumn('user_id', 'integer', (column) =>
          column.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['api_tokens', 'role_grants', 'users']) await db.schema.dropTable(table).execute();
    },
  };
}
