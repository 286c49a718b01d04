// Use case: grant a role to an account, or make it an administrator here (a right the LMS never
// takes back). Granting what the account has already changes nothing and writes no audit entry.
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { auditAccount, currentAccountView, managedUser, type AccountView } from './account-access.ts';
import { checkedRole, isGrantedRole, type RoleChange } from './role-change.ts';

export interface RoleChangeOptions extends RoleChange {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly username: string;
  readonly now: string;
}

export async function grantRole({
  data,
  actor,
  username,
  now,
  ...change
}: RoleChangeOptions): Promise<AccountView> {
  const user = await managedUser(data, actor, username);
  const { role, scope } = checkedRole(change);
  return data.transaction(async (trx) => {
    let changed: boolean;
    if (isGrantedRole(role)) {
      const before = await trx.users.grants(user.id);
      await trx.users.grant(user.id, { role, scope }, now);
      changed = !before.some((grant) => grant.role === role && grant.scope === scope);
    } else {
      // An administrator the LMS made becomes one made here: the LMS may no longer take it back.
      changed = !user.isAdmin || user.adminFromLms;
      if (changed) await trx.users.updateProfile(user.id, { isAdmin: true, adminFromLms: false });
    }
    if (changed)
      await auditAccount(trx, { actor, action: 'role_granted', user, details: { role, scope }, now });
    return currentAccountView(trx, user.id);
  });
}
