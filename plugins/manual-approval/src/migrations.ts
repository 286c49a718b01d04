// The plugin's own tables, on SQLite and PostgreSQL alike (text times in ISO 8601, no booleans):
// one row per learner and approval step with where it stands, and the audit of every action, whose
// decisions also carry the course fact they set until it has been recorded.
import type { PluginMigration } from '@learning-paths/plugin-api';

export const REQUESTS = 'plugin_approval_requests';
export const AUDIT = 'plugin_approval_audit';

export const migrations: Readonly<Record<string, PluginMigration>> = {
  '0001-approval-tables': {
    async up(db) {
      await db.schema
        .createTable(REQUESTS)
        .addColumn('path_key', 'text', (column) => column.notNull())
        .addColumn('step', 'text', (column) => column.notNull())
        .addColumn('learner', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('note', 'text')
        .addColumn('comment', 'text')
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        // Null when staff decided without being asked.
        .addColumn('requested_at', 'text')
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('plugin_approval_requests_pk', ['path_key', 'step', 'learner'])
        .execute();
      await db.schema
        .createIndex('plugin_approval_requests_by_status')
        .on(REQUESTS)
        .columns(['path_key', 'status', 'requested_at'])
        .execute();
      await db.schema
        .createTable(AUDIT)
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('path_key', 'text', (column) => column.notNull())
        .addColumn('step', 'text', (column) => column.notNull())
        .addColumn('learner', 'text', (column) => column.notNull())
        .addColumn('action', 'text', (column) => column.notNull())
        .addColumn('comment', 'text')
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('at', 'text', (column) => column.notNull())
        // Decisions only: the step's course, whose fact `approvedByStaff` the decision sets, and when
        // that fact was recorded (null until then: a job sends it again).
        .addColumn('course', 'text')
        .addColumn('fact_recorded_at', 'text')
        .execute();
      await db.schema
        .createIndex('plugin_approval_audit_by_path')
        .on(AUDIT)
        .columns(['path_key', 'at'])
        .execute();
      await db.schema
        .createIndex('plugin_approval_audit_facts_pending')
        .on(AUDIT)
        .columns(['fact_recorded_at', 'at'])
        .execute();
    },
    async down(db) {
      await db.schema.dropTable(AUDIT).execute();
      await db.schema.dropTable(REQUESTS).execute();
    },
  },
};
