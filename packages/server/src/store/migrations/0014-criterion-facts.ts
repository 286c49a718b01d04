// Migration 0014: the course fact fields that plugins' criteria declare (`CriterionDefinition.facts`),
// kept beside the built-in ones as one JSON column `{ field: { value, at } }`: which fields exist
// depends on the plugins loaded, so they get no column each. Existing facts have none (null).
import type { Kysely, Migration } from 'kysely';

export const criterionFacts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('course_facts').addColumn('criteria', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('course_facts').dropColumn('criteria').execute();
  },
};
