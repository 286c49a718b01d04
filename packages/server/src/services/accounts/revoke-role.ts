// Use case: take a role, or the administrator right, away from an account. A role it does not have
// is a 404 (nothing to revoke); an administrator may not take their own administrator right away.
import { AppError } from '../../errors.ts';
import { auditAccount, currentAccountView, managedUser, type AccountView } from './account-access.ts';
import type { RoleChangeOptions } from './grant-role.ts';
import { checkedRole, isGrantedRole } from './role-change.ts';

export async function revokeRole({
  data,
  actor,
  username,
  now,
  ...change
}: RoleChangeOptions): Promise<AccountView> {
  const user = await managedUser(data, actor, username);
  const { role, scope } = checkedRole(change);
  if (!isGrantedRole(role) && user.id === actor.user.id)
    throw new AppError('conflict', 'you cannot take your own administrator right away');
  return data.transaction(async (trx) => {
    let revoked: boolean;
    if (isGrantedRole(role)) revoked = await trx.users.revokeGrant(user.id, { role, scope });
    else {
      revoked = user.isAdmin;
      if (revoked) await trx.users.updateProfile(user.id, { isAdmin: false, adminFromLms: false });
    }
    if (!revoked) throw new AppError('not_found', `${username} has no role ${role} at ${scope}`);
    await auditAccount(trx, { actor, action: 'role_revoked', user, details: { role, scope }, now });
    return currentAccountView(trx, user.id);
  });
}
