// The learner's side of the plugin's tables: the DID a learner gave for their credentials, and the
// one-time offers that let a wallet fetch a credential (migration 0002, SQLite and PostgreSQL alike).
import type { Kysely, Migration } from 'kysely';

export interface LearnerTables {
  /** A learner's own DID (did:key or did:web): new credentials name them by it. */
  plugin_credentials_learner_dids: {
    learner: string;
    did: string;
    updated_at: string;
  };
  /**
   * An offer of one credential to a wallet: whoever shows its challenge before it expires gets the
   * credential, once. Only the challenge's SHA-256 is kept: the database never holds what claims it.
   */
  plugin_credentials_wallet_offers: {
    id: string;
    credential_id: string;
    learner: string;
    challenge_hash: string;
    created_at: string;
    expires_at: string;
    used_at: string | null;
  };
}

export const learnerTables: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('plugin_credentials_learner_dids')
      .addColumn('learner', 'text', (column) => column.primaryKey())
      .addColumn('did', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('plugin_credentials_wallet_offers')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('credential_id', 'text', (column) => column.notNull())
      .addColumn('learner', 'text', (column) => column.notNull())
      .addColumn('challenge_hash', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .addColumn('used_at', 'text')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('plugin_credentials_wallet_offers').execute();
    await db.schema.dropTable('plugin_credentials_learner_dids').execute();
  },
};
