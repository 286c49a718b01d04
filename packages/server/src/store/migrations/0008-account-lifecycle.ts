// Migration 0008: the lifecycle of accounts and API tokens. Users may be disabled, and remember
// whether their administrator right came from the LMS (which may take it back) or was granted here
// (which it may not); tokens get an id to be listed and revoked by, an expiry, a revocation and their
// last use; every change to an account is written to `account_audit`.
import { sql, type CreateTableBuilder, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../database.ts';
import { booleanType } from './column-types.ts';

function withSerialId<T extends string>(table: CreateTableBuilder<T>, dialect: DialectName) {
  return table.addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (column) =>
    dialect === 'postgres' ? column.primaryKey() : column.primaryKey().autoIncrement(),
  );
}

/** SQLite cannot add a key column to a table: the tokens move to a new table, then take its name. */
async function moveTokens(
  db: Kysely<unknown>,
  into: CreateTableBuilder<'api_tokens_moved'>,
  columns: string,
): Promise<void> {
  await into.execute();
  await sql`insert into api_tokens_moved (${sql.raw(columns)})
    select ${sql.raw(columns)} from api_tokens order by created_at`.execute(db);
  await db.schema.dropTable('api_tokens').execute();
  await db.schema.alterTable('api_tokens_moved').renameTo('api_tokens').execute();
}

const tokenColumns = (table: CreateTableBuilder<'api_tokens_moved'>) =>
  table
    .addColumn('user_id', 'integer', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull());

export function accountLifecycle(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
      await db.schema
        .alterTable('users')
        .addColumn('admin_from_lms', booleanType(dialect), (column) => column.notNull().defaultTo(false))
        .execute();
      // Until now every sign-in with an LMS token overwrote the administrator flag of the accounts
      // the LMS had linked: theirs came from the LMS. The other administrators were made here.
      await sql`update users set admin_from_lms = is_admin where lms_user_id is not null`.execute(db);

      const tokens = withSerialId(db.schema.createTable('api_tokens_moved'), dialect).addColumn(
        'token_hash',
        'text',
        (column) => column.notNull().unique(),
      );
      await moveTokens(
        db,
        tokenColumns(tokens)
          .addColumn('expires_at', 'text')
          .addColumn('last_used_at', 'text')
          .addColumn('revoked_at', 'text'),
        'token_hash, user_id, name, created_at',
      );
      await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

      await withSerialId(db.schema.createTable('account_audit'), dialect)
        .addColumn('at', 'text', (column) => column.notNull())
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('action', 'text', (column) => column.notNull())
        .addColumn('username', 'text', (column) => column.notNull())
        .addColumn('details', 'text')
        .execute();
      await db.schema
        .createIndex('account_audit_username')
        .on('account_audit')
        .columns(['username', 'id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('account_audit').execute();
      await db.schema.dropIndex('api_tokens_user').execute();
      // Revoked and expired tokens would work again without their columns: they go.
      await sql`delete from api_tokens where revoked_at is not null or expires_at is not null`.execute(db);
      await moveTokens(
        db,
        tokenColumns(
          db.schema
            .createTable('api_tokens_moved')
            .addColumn('token_hash', 'text', (column) => column.primaryKey()),
        ),
        'token_hash, user_id, name, created_at',
      );
      await db.schema.alterTable('users').dropColumn('admin_from_lms').execute();
      await db.schema.alterTable('users').dropColumn('disabled_at').execute();
    },
  };
}
