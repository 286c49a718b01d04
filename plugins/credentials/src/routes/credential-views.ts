// Credentials as the API answers them: the learner's item, and the staff's, which adds the learner
// and the revocation's who and why (never shown to the learner or the public).
import type { PluginUsers } from '@learning-paths/plugin-api';
import type { Issuer } from '../issuance/issuer.ts';
import type { CredentialRow } from '../store/credential-rows.ts';

export interface CredentialItem {
  readonly id: string;
  /** Its verification page, which is also its id in the signed credential. */
  readonly url: string;
  readonly pathKey: string;
  readonly pathTitle: string;
  readonly tierId: string;
  /** The tier's title: the achievement's name. */
  readonly title: string;
  readonly issuedAt: string;
  readonly revoked: boolean;
  readonly revokedAt: string | null;
  readonly public: boolean;
}

export interface StaffCredentialItem extends CredentialItem {
  readonly learner: { readonly username: string; readonly name: string | null };
  readonly revokedBy: string | null;
  readonly revokedReason: string | null;
}

export function credentialItem(row: CredentialRow, issuer: Issuer): CredentialItem {
  return {
    id: row.id,
    url: issuer.credentialUrl(row.id),
    pathKey: row.path_key,
    pathTitle: row.path_title,
    tierId: row.tier,
    title: row.title,
    issuedAt: row.issued_at,
    revoked: row.revoked_at !== null,
    revokedAt: row.revoked_at,
    public: Boolean(row.public),
  };
}

export async function staffCredentialItems(
  rows: readonly CredentialRow[],
  issuer: Issuer,
  users: PluginUsers,
): Promise<StaffCredentialItem[]> {
  return Promise.all(
    rows.map(async (row) => {
      const user = await users.get(row.learner);
      return {
        ...credentialItem(row, issuer),
        learner: { username: row.learner, name: user?.displayName ?? null },
        revokedBy: row.revoked_by,
        revokedReason: row.revoked_reason,
      };
    }),
  );
}
