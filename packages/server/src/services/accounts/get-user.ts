// Use case: one account as administrators see it: LMS link, administrator right, roles, disabled.
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { accountView, managedUser, type AccountView } from './account-access.ts';

export async function getUser({
  data,
  actor,
  username,
}: {
  data: DataAccess;
  actor: Actor;
  username: string;
}): Promise<AccountView> {
  const user = await managedUser(data, actor, username);
  return accountView(user, await data.users.grants(user.id));
}
