// The tables of the credential templates (what staff set for each tier's credential: its name,
// description, achievement type, image and criteria) and their audit log, with their migration.
import type { Kysely, Migration } from 'kysely';

export interface TemplateTables {
  /** One row per path and tier that staff customised; a null field is the one generated. */
  plugin_credentials_templates: {
    path_key: string;
    tier: string;
    name: string | null;
    description: string | null;
    achievement_type: string | null;
    /** The image's address as the path names its own: `/api/v1/images/{id}` or an http(s) URL. */
    image: string | null;
    criteria: string | null;
    updated_at: string;
    updated_by: string;
  };
  /** Who changed which tier's template, when, and which fields they left customised. */
  plugin_credentials_template_audit: {
    id: string;
    path_key: string;
    tier: string;
    actor: string;
    /** The customised fields after the change, comma-separated ('' for none: all generated). */
    customised: string;
    at: string;
  };
}

export const createTemplateTables: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('plugin_credentials_templates')
      .addColumn('path_key', 'text', (column) => column.notNull())
      .addColumn('tier', 'text', (column) => column.notNull())
      .addColumn('name', 'text')
      .addColumn('description', 'text')
      .addColumn('achievement_type', 'text')
      .addColumn('image', 'text')
      .addColumn('criteria', 'text')
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .addColumn('updated_by', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('plugin_credentials_templates_key', ['path_key', 'tier'])
      .execute();
    await db.schema
      .createTable('plugin_credentials_template_audit')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('path_key', 'text', (column) => column.notNull())
      .addColumn('tier', 'text', (column) => column.notNull())
      .addColumn('actor', 'text', (column) => column.notNull())
      .addColumn('customised', 'text', (column) => column.notNull())
      .addColumn('at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('plugin_credentials_template_audit_by_path')
      .on('plugin_credentials_template_audit')
      .columns(['path_key', 'at'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('plugin_credentials_template_audit').execute();
    await db.schema.dropTable('plugin_credentials_templates').execute();
  },
};
