// The plugin's own tables (SQLite and PostgreSQL alike: text ids and times, 0/1 integers for flags)
// and their migrations: registered sources, the activities each maps to a course, and every
// statement received with what became of its fact.
import type { Kysely, Migration } from 'kysely';
import type { PluginDatabase } from '@learning-paths/plugin-api';

export interface SourceRow {
  id: string;
  name: string;
  /** The Basic-auth user name; public, unique. */
  key: string;
  /** SHA-256 (hex) of the secret, which is shown once and never stored. */
  secret_hash: string;
  enabled: number;
  created_at: string;
  updated_at: string;
}

export interface ActivityRow {
  source_id: string;
  position: number;
  activity: string;
  course: string;
  match: 'exact' | 'prefix';
}

/** What became of a statement's fact: `pending` until it is recorded or found to have none. */
export type FactOutcome = 'pending' | 'applied' | 'skipped';

export interface StatementRow {
  /** The statement's UUID, lower case. */
  id: string;
  source_id: string;
  stored: string;
  verb: string;
  /** The object's id when the object is an Activity. */
  activity: string | null;
  /** The statement as stored: with its id, timestamp, stored, authority and version. */
  statement: string;
  /** The statement in the form that statement comparison compares (canonical-statement.ts). */
  canonical: string;
  /** For a voiding statement, the id of the statement it voids. */
  voids: string | null;
  /** The voiding statement that voided this one. */
  voided_by: string | null;
  /** The username the actor was matched to, once known. */
  learner: string | null;
  course: string | null;
  fact: FactOutcome;
  /** Why no fact was recorded, or the last failure to record it. */
  fact_reason: string | null;
  fact_attempts: number;
}

export interface XapiTables {
  plugin_xapi_sources: SourceRow;
  plugin_xapi_activities: ActivityRow;
  plugin_xapi_statements: StatementRow;
}

export type XapiDatabase = Kysely<XapiTables>;

/** The service's database, typed with the plugin's own tables. */
export function xapiDatabase(database: PluginDatabase): XapiDatabase {
  return database as XapiDatabase;
}

const firstTables: Migration = {
  async up(db) {
    await db.schema
      .createTable('plugin_xapi_sources')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('key', 'text', (column) => column.notNull().unique())
      .addColumn('secret_hash', 'text', (column) => column.notNull())
      .addColumn('enabled', 'integer', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('plugin_xapi_activities')
      .addColumn('source_id', 'text', (column) =>
        column.notNull().references('plugin_xapi_sources.id').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('activity', 'text', (column) => column.notNull())
      .addColumn('course', 'text', (column) => column.notNull())
      .addColumn('match', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('plugin_xapi_activities_pk', ['source_id', 'position'])
      .execute();
    // Statements outlive their source: their ids stay taken, as xAPI wants of an LRS.
    await db.schema
      .createTable('plugin_xapi_statements')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('source_id', 'text', (column) => column.notNull())
      .addColumn('stored', 'text', (column) => column.notNull())
      .addColumn('verb', 'text', (column) => column.notNull())
      .addColumn('activity', 'text')
      .addColumn('statement', 'text', (column) => column.notNull())
      .addColumn('canonical', 'text', (column) => column.notNull())
      .addColumn('voids', 'text')
      .addColumn('voided_by', 'text')
      .addColumn('learner', 'text')
      .addColumn('course', 'text')
      .addColumn('fact', 'text', (column) => column.notNull())
      .addColumn('fact_reason', 'text')
      .addColumn('fact_attempts', 'integer', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('plugin_xapi_statements_source')
      .on('plugin_xapi_statements')
      .columns(['source_id', 'stored'])
      .execute();
    await db.schema
      .createIndex('plugin_xapi_statements_pending')
      .on('plugin_xapi_statements')
      .column('fact')
      .execute();
    await db.schema
      .createIndex('plugin_xapi_statements_voids')
      .on('plugin_xapi_statements')
      .column('voids')
      .execute();
  },
  async down(db) {
    await db.schema.dropTable('plugin_xapi_statements').execute();
    await db.schema.dropTable('plugin_xapi_activities').execute();
    await db.schema.dropTable('plugin_xapi_sources').execute();
  },
};

export const xapiMigrations: Readonly<Record<string, Migration>> = {
  '0001-sources-and-statements': firstTables,
};
