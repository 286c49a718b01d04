// Who may manage accounts, and the views of accounts and tokens the managers get. Administrators
// manage every account; a user may see and revoke their own API tokens. Anyone else is answered as
// if the account did not exist: they may not learn which usernames exist.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { AccountAction } from '../../domain/account-actions.ts';
import type { ApiTokenRecord } from '../../store/repositories/api-token-repository.ts';
import type { RoleGrant } from '../../domain/roles.ts';
import type { UserRecord } from '../../store/repositories/user-repository.ts';
import type { Actor } from '../actor.ts';

export interface AccountView {
  readonly username: string;
  readonly email: string | null;
  readonly displayName: string | null;
  /** The LMS user the account is linked to: null for a local account, which the LMS cannot sign in to. */
  readonly lmsUserId: string | null;
  readonly isAdmin: boolean;
  /** Where the administrator right came from: granted `here`, or by the `lms` (which may take it back). */
  readonly adminFrom: 'here' | 'lms' | null;
  readonly disabledAt: string | null;
  readonly createdAt: string;
  readonly roles: RoleGrant[];
}

export type TokenState = 'active' | 'expired' | 'revoked';

export interface TokenView {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
  readonly state: TokenState;
}

export function accountView(user: UserRecord, roles: RoleGrant[]): AccountView {
  const { username, email, displayName, lmsUserId, isAdmin, disabledAt, createdAt } = user;
  const adminFrom = isAdmin ? (user.adminFromLms ? 'lms' : 'here') : null;
  return { username, email, displayName, lmsUserId, isAdmin, adminFrom, disabledAt, createdAt, roles };
}

/** The view of a user as they are now, read again after a change. */
export async function currentAccountView(data: DataAccess, userId: number): Promise<AccountView> {
  const user = await data.users.findById(userId);
  if (!user) throw new AppError('not_found', 'the user no longer exists');
  return accountView(user, await data.users.grants(userId));
}

export function tokenView(token: ApiTokenRecord, now: string): TokenView {
  const { id, name, createdAt, expiresAt, lastUsedAt, revokedAt } = token;
  const state: TokenState =
    revokedAt !== null ? 'revoked' : expiresAt !== null && expiresAt <= now ? 'expired' : 'active';
  return { id, name, createdAt, expiresAt, lastUsedAt, revokedAt, state };
}

/** Bad input to an account change, at the pointer of the field that is wrong. */
export function invalidAt(pointer: string, message: string): AppError {
  return new AppError('invalid', message, [{ pointer, message }]);
}

const noSuchUser = (username: string) => new AppError('not_found', `no user is called ${username}`);

/** Refuses anyone but administrators, as if what they asked for did not exist. */
export function requireAdmin(actor: Actor, what: string): void {
  if (!actor.user.isAdmin) throw new AppError('not_found', `${what} does not exist`);
}

/** The account an administrator (or, with `ownToo`, its own user) manages. */
export async function managedUser(
  data: DataAccess,
  actor: Actor,
  username: string,
  { ownToo = false }: { ownToo?: boolean } = {},
): Promise<UserRecord> {
  const allowed = actor.user.isAdmin || (ownToo && actor.user.username === username);
  const user = allowed ? await data.users.findByUsername(username) : undefined;
  if (!user) throw noSuchUser(username);
  return user;
}

/** Writes the audit entry of a change the actor made to the user's account. */
export async function auditAccount(
  data: DataAccess,
  change: {
    actor: Actor;
    action: AccountAction;
    user: UserRecord;
    details?: Readonly<Record<string, unknown>>;
    now: string;
  },
): Promise<void> {
  await data.accountAudit.record({
    at: change.now,
    actor: change.actor.user.username,
    action: change.action,
    username: change.user.username,
    details: change.details ?? null,
  });
}
