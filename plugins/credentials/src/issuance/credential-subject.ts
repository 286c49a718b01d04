// Who a new credential names: the learner's own DID when they gave one (a wallet can then prove it
// holds the credential), else OB 3.0's salted hash of their email. Read at issuance: credentials
// already signed keep the subject they were signed with.
import { randomBytes } from 'node:crypto';
import type { PluginUser } from '@learning-paths/plugin-api';
import type { OpenBadgeInput } from '../signing/open-badge.ts';
import { findLearnerDid } from '../store/learner-did-rows.ts';
import type { CredentialDatabase } from '../tables.ts';

export async function subjectOf(
  db: CredentialDatabase,
  user: PluginUser,
): Promise<OpenBadgeInput['learner']> {
  const own = await findLearnerDid(db, user.username);
  if (own) return { did: own.did };
  // A salt of its own for each credential, so that two credentials cannot be linked by the hash.
  const salt = randomBytes(16).toString('hex');
  // An account without an email (rare: Open edX requires one) is named by its username instead.
  return { email: user.email ?? user.username, salt };
}
