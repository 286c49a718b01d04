// Use case: disable an account. Its sessions end and none of its credentials (API tokens, LMS JWTs,
// passwords) sign in until it is enabled again; its tokens are kept, not revoked.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { auditAccount, currentAccountView, managedUser, type AccountView } from './account-access.ts';

export interface ChangeUserOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly username: string;
  readonly now: string;
}

export async function disableUser({ data, actor, username, now }: ChangeUserOptions): Promise<AccountView> {
  const user = await managedUser(data, actor, username);
  // An administrator who could lock themselves out would need the command line to get back in.
  if (user.id === actor.user.id) throw new AppError('conflict', 'you cannot disable your own account');
  return data.transaction(async (trx) => {
    if (user.disabledAt === null) {
      await trx.users.setDisabled(user.id, now);
      await trx.sessions.deleteOfUser(user.id);
      await auditAccount(trx, { actor, action: 'user_disabled', user, now });
    }
    return currentAccountView(trx, user.id);
  });
}
