// Migration 0004: path enrollments, pending enrollments by email, their audit log, learners' course
// facts, the materialised progress per (learner, path), the courses of each published path (to find
// what a fact touches), course enrollments recorded by the standalone LMS, and web sessions.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { DialectName } from '../database.ts';
import { booleanType, floatType } from './column-types.ts';

export function enrollmentsAndProgress(dialect: DialectName): Migration {
  const boolean = booleanType(dialect);
  const float = floatType(dialect);
  const userId = (column: ColumnDefinitionBuilder) =>
    column.notNull().references('users.id').onDelete('cascade');
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('path_enrollments')
        .addColumn('path_key', 'text', (column) => column.notNull().references('paths.key'))
        .addColumn('user_id', 'integer', userId)
        .addColumn('is_active', boolean, (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('source', 'text', (column) => column.notNull())
        .addColumn('reason', 'text')
        .addColumn('enrolled_by', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('path_enrollments_pk', ['path_key', 'user_id'])
        .execute();
      await db.schema.createIndex('path_enrollments_user').on('path_enrollments').column('user_id').execute();

      await db.schema
        .createTable('pending_enrollments')
        .addColumn('path_key', 'text', (column) => column.notNull().references('paths.key'))
        .addColumn('email', 'text', (column) => column.notNull())
        .addColumn('source', 'text', (column) => column.notNull())
        .addColumn('reason', 'text')
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('pending_enrollments_pk', ['path_key', 'email'])
        .execute();
      await db.schema
        .createIndex('pending_enrollments_email')
        .on('pending_enrollments')
        .column('email')
        .execute();

      await db.schema
        .createTable('enrollment_audit')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (column) =>
          dialect === 'postgres' ? column.primaryKey() : column.primaryKey().autoIncrement(),
        )
        .addColumn('path_key', 'text', (column) => column.notNull())
        .addColumn('learner', 'text', (column) => column.notNull())
        .addColumn('action', 'text', (column) => column.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('reason', 'text')
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('enrollment_audit_path')
        .on('enrollment_audit')
        .columns(['path_key', 'id'])
        .execute();

      await db.schema
        .createTable('course_facts')
        .addColumn('user_id', 'integer', userId)
        .addColumn('course_key', 'text', (column) => column.notNull())
        .addColumn('completion', float)
        .addColumn('completion_at', 'text')
        .addColumn('grade', float)
        .addColumn('grade_at', 'text')
        .addColumn('passed', boolean)
        .addColumn('passed_at', 'text')
        .addColumn('enrolled', boolean)
        .addColumn('enrolled_at', 'text')
        .addColumn('source', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('course_facts_pk', ['user_id', 'course_key'])
        .execute();

      await db.schema
        .createTable('fact_receipts')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('received_at', 'text', (column) => column.notNull())
        .execute();

      await db.schema
        .createTable('path_courses')
        .addColumn('path_key', 'text', (column) => column.notNull().references('paths.key'))
        .addColumn('course_key', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('path_courses_pk', ['path_key', 'course_key'])
        .execute();
      await db.schema.createIndex('path_courses_course').on('path_courses').column('course_key').execute();

      await db.schema
        .createTable('path_progress')
        .addColumn('user_id', 'integer', userId)
        .addColumn('path_key', 'text', (column) => column.notNull().references('paths.key'))
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('progress', float, (column) => column.notNull())
        .addColumn('current_tier', 'text')
        .addColumn('achieved_tiers', 'text', (column) => column.notNull())
        .addColumn('next_steps', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('path_progress_pk', ['user_id', 'path_key'])
        .execute();
      await db.schema
        .createIndex('path_progress_path_status')
        .on('path_progress')
        .columns(['path_key', 'status'])
        .execute();

      await db.schema
        .createTable('course_enrollments')
        .addColumn('user_id', 'integer', userId)
        .addColumn('course_key', 'text', (column) => column.notNull())
        .addColumn('via_path', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('course_enrollments_pk', ['user_id', 'course_key'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (column) => column.primaryKey())
        .addColumn('user_id', 'integer', userId)
        .addColumn('csrf_token', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('expires_at', 'text', (column) => column.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'sessions',
        'course_enrollments',
        'path_progress',
        'path_courses',
        'fact_receipts',
        'course_facts',
        'enrollment_audit',
        'pending_enrollments',
        'path_enrollments',
      ])
        await db.schema.dropTable(table).execute();
    },
  };
}
