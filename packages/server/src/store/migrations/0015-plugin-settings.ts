// Migration 0015: plugins' settings saved by administrators in Studio, one row per plugin (above the
// settings file, below the environment), and the audit of who changed which settings when (names
// only: a value may be a secret).
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../database.ts';

export function pluginSettings(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('plugin_settings')
        .addColumn('plugin_id', 'text', (column) => column.primaryKey())
        .addColumn('settings', 'text', (column) => column.notNull())
        .addColumn('updated_by', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('plugin_settings_audit')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (column) =>
          dialect === 'postgres' ? column.primaryKey() : column.primaryKey().autoIncrement(),
        )
        .addColumn('plugin_id', 'text', (column) => column.notNull())
        .addColumn('changed', 'text', (column) => column.notNull())
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('plugin_settings_audit_plugin')
        .on('plugin_settings_audit')
        .columns(['plugin_id', 'id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('plugin_settings_audit').execute();
      await db.schema.dropTable('plugin_settings').execute();
    },
  };
}
