// The plugin's own tables, their migrations (SQLite and PostgreSQL alike), and the Kysely type
// that reads them. Flags are `boolean` columns: SQLite stores them as 1 and 0.
import type { Kysely, Migration } from 'kysely';

export interface NotificationTables {
  /** A learner's choices; no row means the defaults (emails one by one, the default language). */
  plugin_notification_preferences: {
    username: string;
    opted_out: boolean | number;
    digest: boolean | number;
    language: string | null;
    updated_at: string;
  };
  /** The events already handled (sent or queued) and the digests sent: a repeat is ignored. */
  plugin_notification_sent: { event_id: string; kind: string; recipient: string; sent_at: string };
  /** What waits for a digest learner's next digest: one notice (JSON) per event. */
  plugin_notification_digest: {
    event_id: string;
    recipient: string;
    kind: string;
    data: string;
    queued_at: string;
  };
  /** Keys made at first use: the one signing unsubscribe links. */
  plugin_notification_keys: { name: string; secret: string; created_at: string };
}

export type NotificationDatabase = Kysely<NotificationTables>;

const createTables: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('plugin_notification_preferences')
      .addColumn('username', 'text', (column) => column.primaryKey())
      .addColumn('opted_out', 'boolean', (column) => column.notNull())
      .addColumn('digest', 'boolean', (column) => column.notNull())
      .addColumn('language', 'text')
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('plugin_notification_sent')
      .addColumn('event_id', 'text', (column) => column.primaryKey())
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('recipient', 'text', (column) => column.notNull())
      .addColumn('sent_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('plugin_notification_sent_recipient')
      .on('plugin_notification_sent')
      .columns(['recipient', 'kind', 'sent_at'])
      .execute();
    await db.schema
      .createTable('plugin_notification_digest')
      .addColumn('event_id', 'text', (column) => column.primaryKey())
      .addColumn('recipient', 'text', (column) => column.notNull())
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('data', 'text', (column) => column.notNull())
      .addColumn('queued_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('plugin_notification_digest_recipient')
      .on('plugin_notification_digest')
      .columns(['recipient', 'queued_at'])
      .execute();
    await db.schema
      .createTable('plugin_notification_keys')
      .addColumn('name', 'text', (column) => column.primaryKey())
      .addColumn('secret', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      'plugin_notification_keys',
      'plugin_notification_digest',
      'plugin_notification_sent',
      'plugin_notification_preferences',
    ])
      await db.schema.dropTable(table).execute();
  },
};

export const MIGRATIONS: Readonly<Record<string, Migration>> = { '0001-notification-tables': createTables };
