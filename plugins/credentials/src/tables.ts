// The plugin's own tables, their migrations (SQLite and PostgreSQL alike), and the Kysely type that
// reads them. Flags are `boolean` columns: SQLite stores them as 1 and 0.
import type { Kysely, Migration } from 'kysely';
import { learnerTables, type LearnerTables } from './store/learner-tables.ts';
import { createTemplateTables, type TemplateTables } from './store/template-tables.ts';

export interface CredentialTables extends LearnerTables, TemplateTables {
  /** The issuer's Ed25519 keys; a retired key still verifies what it signed. */
  plugin_credentials_keys: {
    /** The verification method's id when the key was made: `<did>#<publicKeyMultibase>`. */
    id: string;
    public_key_multibase: string;
    secret_key_multibase: string;
    created_at: string;
    retired_at: string | null;
  };
  /** One credential per learner, path and tier, as signed. */
  plugin_credentials: {
    id: string;
    learner: string;
    path_key: string;
    tier: string;
    /** The tier's and the path's titles when it was issued, as the credential names them. */
    title: string;
    path_title: string;
    status_list: string;
    status_index: number;
    /** The signed credential, JSON. */
    credential: string;
    issued_at: string;
    revoked_at: string | null;
    revoked_by: string | null;
    revoked_reason: string | null;
    public: boolean | number;
  };
  /** The revocation lists: `next_index` is the first entry not given to a credential yet. */
  plugin_credentials_status_lists: {
    id: string;
    size: number;
    next_index: number;
    encoded_list: string;
    /** The signed BitstringStatusListCredential, JSON. */
    credential: string;
    created_at: string;
    updated_at: string;
  };
  /** Where the pass over every achieved tier stands: the page cursor, null before the first page. */
  plugin_credentials_backfill: {
    id: string;
    cursor: string | null;
    finished_at: string | null;
  };
  /** Who did what to a credential, and why. */
  plugin_credentials_audit: {
    id: string;
    credential_id: string;
    action: AuditAction;
    actor: string;
    reason: string | null;
    at: string;
  };
}

export type AuditAction = 'issued' | 'revoked' | 'made_public' | 'made_private' | 'offered' | 'claimed';

export type CredentialDatabase = Kysely<CredentialTables>;

const createTables: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('plugin_credentials_keys')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('public_key_multibase', 'text', (column) => column.notNull())
      .addColumn('secret_key_multibase', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('retired_at', 'text')
      .execute();
    await db.schema
      .createTable('plugin_credentials_status_lists')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('size', 'integer', (column) => column.notNull())
      .addColumn('next_index', 'integer', (column) => column.notNull())
      .addColumn('encoded_list', 'text', (column) => column.notNull())
      .addColumn('credential', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('plugin_credentials')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('learner', 'text', (column) => column.notNull())
      .addColumn('path_key', 'text', (column) => column.notNull())
      .addColumn('tier', 'text', (column) => column.notNull())
      .addColumn('title', 'text', (column) => column.notNull())
      .addColumn('path_title', 'text', (column) => column.notNull())
      .addColumn('status_list', 'text', (column) => column.notNull())
      .addColumn('status_index', 'integer', (column) => column.notNull())
      .addColumn('credential', 'text', (column) => column.notNull())
      .addColumn('issued_at', 'text', (column) => column.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('revoked_by', 'text')
      .addColumn('revoked_reason', 'text')
      .addColumn('public', 'boolean', (column) => column.notNull().defaultTo(true))
      .addUniqueConstraint('plugin_credentials_once', ['learner', 'path_key', 'tier'])
      .addUniqueConstraint('plugin_credentials_status_entry', ['status_list', 'status_index'])
      .execute();
    await db.schema
      .createIndex('plugin_credentials_by_path')
      .on('plugin_credentials')
      .columns(['path_key', 'issued_at'])
      .execute();
    await db.schema
      .createTable('plugin_credentials_backfill')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('cursor', 'text')
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema
      .createTable('plugin_credentials_audit')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('credential_id', 'text', (column) => column.notNull())
      .addColumn('action', 'text', (column) => column.notNull())
      .addColumn('actor', 'text', (column) => column.notNull())
      .addColumn('reason', 'text')
      .addColumn('at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('plugin_credentials_audit_by_credential')
      .on('plugin_credentials_audit')
      .columns(['credential_id', 'at'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      'plugin_credentials_audit',
      'plugin_credentials_backfill',
      'plugin_credentials',
      'plugin_credentials_status_lists',
      'plugin_credentials_keys',
    ])
      await db.schema.dropTable(table).execute();
  },
};

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-credential-tables': createTables,
  '0002-learner-dids-and-wallet-offers': learnerTables,
  '0003-credential-templates': createTemplateTables,
};
