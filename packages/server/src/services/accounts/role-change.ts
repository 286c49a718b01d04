// What granting and revoking roles share: the check of a role and its scope. `admin` is a right
// over everything, so its scope is `*`; other roles apply everywhere, to an organisation or a path.
import { invalidAt } from './account-access.ts';
import { ACCOUNT_ROLES, type AccountRole, type Role } from '../../domain/roles.ts';
import { SCOPE } from './identifiers.ts';

export interface RoleChange {
  readonly role: string;
  /** `*` when absent. */
  readonly scope?: string;
}

/** The role and scope, checked; AppError `invalid` pointing at what is wrong. */
export function checkedRole({ role, scope = '*' }: RoleChange): { role: AccountRole; scope: string } {
  if (!(ACCOUNT_ROLES as readonly string[]).includes(role))
    throw invalidAt('/role', `the role must be one of ${ACCOUNT_ROLES.join(', ')}, not "${role}"`);
  if (!SCOPE.test(scope) || scope.length > 300)
    throw invalidAt('/scope', `the scope "${scope.slice(0, 300)}" must be *, org:<org> or path:<path key>`);
  if (role === 'admin' && scope !== '*')
    throw invalidAt('/scope', 'the admin role applies everywhere: its scope is *');
  return { role: role as AccountRole, scope };
}

/** A role other than admin, as role_grants stores it. */
export function isGrantedRole(role: AccountRole): role is Role {
  return role !== 'admin';
}
