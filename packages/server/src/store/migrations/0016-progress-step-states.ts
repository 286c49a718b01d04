// Migration 0016: each learner's stored progress keeps the state of every step (completed, locked or
// open), so that what a change completed or unlocked is found by comparing with it, not by
// evaluating the facts as they were before (which doubled the work of every change plugins hear of).
// Rows stored before have none until their next change writes it.
import type { Kysely, Migration } from 'kysely';

export const progressStepStates: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('path_progress').addColumn('step_states', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('path_progress').dropColumn('step_states').execute();
  },
};
