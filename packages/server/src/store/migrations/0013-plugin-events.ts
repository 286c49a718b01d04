// Migration 0013: the outbox of events for plugins. Use cases write an event with the change it
// reports (so a rolled-back change leaves none), with one delivery row per plugin listening to its
// type; the dispatcher claims due deliveries with a lease, delivers them after commit, and deletes
// each once its plugin took it (the event goes with its last delivery).
import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../database.ts';

export function pluginEvents(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('plugin_events')
        .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (column) =>
          dialect === 'postgres' ? column.primaryKey() : column.primaryKey().autoIncrement(),
        )
        .addColumn('id', 'text', (column) => column.notNull().unique())
        .addColumn('type', 'text', (column) => column.notNull())
        .addColumn('learner', 'text')
        .addColumn('data', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('plugin_event_deliveries')
        .addColumn('plugin_id', 'text', (column) => column.notNull())
        .addColumn('event_seq', 'bigint', (column) =>
          column.notNull().references('plugin_events.seq').onDelete('cascade'),
        )
        .addColumn('learner', 'text')
        .addColumn('attempts', 'integer', (column) => column.notNull())
        .addColumn('last_error', 'text')
        .addColumn('next_attempt_at', 'text', (column) => column.notNull())
        .addColumn('claimed_by', 'text')
        .addColumn('claimed_until', 'text')
        .addPrimaryKeyConstraint('plugin_event_deliveries_pk', ['plugin_id', 'event_seq'])
        .execute();
      // A learner's earlier deliveries to a plugin, which hold back the later ones.
      await db.schema
        .createIndex('plugin_event_deliveries_order')
        .on('plugin_event_deliveries')
        .columns(['plugin_id', 'learner', 'event_seq'])
        .execute();
      await db.schema
        .createIndex('plugin_event_deliveries_due')
        .on('plugin_event_deliveries')
        .column('next_attempt_at')
        .execute();
      await db.schema
        .createIndex('plugin_event_deliveries_event')
        .on('plugin_event_deliveries')
        .column('event_seq')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('plugin_event_deliveries').execute();
      await db.schema.dropTable('plugin_events').execute();
    },
  };
}
