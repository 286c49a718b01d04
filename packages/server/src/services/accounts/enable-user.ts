// Use case: enable a disabled account again: its API tokens that were neither revoked nor expired
// work again; its sessions ended when it was disabled.
import type { DataAccess } from '../../store/data-access.ts';
import { auditAccount, currentAccountView, managedUser, type AccountView } from './account-access.ts';
import type { ChangeUserOptions } from './disable-user.ts';

export async function enableUser({ data, actor, username, now }: ChangeUserOptions): Promise<AccountView> {
  const user = await managedUser(data, actor, username);
  return data.transaction(async (trx: DataAccess) => {
    if (user.disabledAt !== null) {
      await trx.users.setDisabled(user.id, null);
      await auditAccount(trx, { actor, action: 'user_enabled', user, now });
    }
    return currentAccountView(trx, user.id);
  });
}
