// The DIDs learners gave for their credentials: one per learner, replaced when they give another.
import type { CredentialDatabase } from '../tables.ts';

export interface LearnerDid {
  readonly did: string;
  readonly updatedAt: string;
}

export async function findLearnerDid(db: CredentialDatabase, learner: string): Promise<LearnerDid | null> {
  const row = await db
    .selectFrom('plugin_credentials_learner_dids')
    .select(['did', 'updated_at'])
    .where('learner', '=', learner)
    .executeTakeFirst();
  return row ? { did: row.did, updatedAt: row.updated_at } : null;
}

export async function saveLearnerDid(
  db: CredentialDatabase,
  learner: string,
  { did, updatedAt }: LearnerDid,
): Promise<void> {
  await db
    .insertInto('plugin_credentials_learner_dids')
    .values({ learner, did, updated_at: updatedAt })
    .onConflict((conflict) => conflict.column('learner').doUpdateSet({ did, updated_at: updatedAt }))
    .execute();
}

export async function deleteLearnerDid(db: CredentialDatabase, learner: string): Promise<void> {
  await db.deleteFrom('plugin_credentials_learner_dids').where('learner', '=', learner).execute();
}
