// Use case: revoke an API token, at once: the next request it signs is refused. Administrators revoke
// any token, users their own. Revoking a revoked token changes nothing and writes no audit entry.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { auditAccount, managedUser, tokenView, type TokenView } from './account-access.ts';

export interface RevokeApiTokenOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly id: number;
  /** The token's user, when the caller names one (the API's address does). */
  readonly username?: string;
  readonly now: string;
}

export async function revokeApiToken({
  data,
  actor,
  id,
  username,
  now,
}: RevokeApiTokenOptions): Promise<TokenView & { username: string }> {
  // A named user is checked before the token, so that a refused caller learns nothing of either.
  const named =
    username === undefined ? undefined : await managedUser(data, actor, username, { ownToo: true });
  const token = await data.tokens.findById(id);
  const owner = token && (named ?? (await data.users.findById(token.userId)));
  if (!token || !owner || token.userId !== owner.id)
    throw new AppError('not_found', `there is no API token ${id}${username ? ` of ${username}` : ''}`);
  if (!named) await managedUser(data, actor, owner.username, { ownToo: true });
  return data.transaction(async (trx) => {
    if (await trx.tokens.revoke(id, now))
      await auditAccount(trx, {
        actor,
        action: 'token_revoked',
        user: owner,
        details: { tokenId: id, name: token.name },
        now,
      });
    const revoked = (await trx.tokens.findById(id))!;
    return { ...tokenView(revoked, now), username: owner.username };
  });
}
