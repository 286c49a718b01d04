// Use case: the accounts, for administrators, with their roles; searchable by username, email or name.
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { accountView, requireAdmin, type AccountView } from './account-access.ts';

export interface ListUsersOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly search?: string;
  readonly limit: number;
  readonly offset: number;
}

export async function listUsers({
  data,
  actor,
  ...filter
}: ListUsersOptions): Promise<{ items: AccountView[]; total: number }> {
  requireAdmin(actor, 'the list of users');
  const { items, total } = await data.users.list(filter);
  const grants = await data.users.grantsOf(items.map((user) => user.id));
  return { items: items.map((user) => accountView(user, grants.get(user.id) ?? [])), total };
}
