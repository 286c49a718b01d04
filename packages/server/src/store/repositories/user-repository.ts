// Users and their role grants: the only SQL about accounts (their API tokens are in
// api-token-repository.ts).
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import { containsText } from './text-search.ts';
import { isOneOf } from './value-list.ts';
import type { DialectName } from '../database.ts';
import { chunksOf } from './chunks.ts';
import type { Database, UsersTable } from '../schema.ts';
import { isUniqueViolation } from '../sql-errors.ts';
import { WriteConflict } from '../write-conflict.ts';
import type { Role, RoleGrant } from '../../domain/roles.ts';

export interface UserRecord {
  readonly id: number;
  readonly username: string;
  readonly email: string | null;
  readonly displayName: string | null;
  readonly lmsUserId: string | null;
  readonly isAdmin: boolean;
  /** The administrator right came from the LMS's administrator claim, which may take it back. */
  readonly adminFromLms: boolean;
  readonly createdAt: string;
  /** Set while the account is disabled: none of its credentials sign in. */
  readonly disabledAt: string | null;
}

/** What may change about a user; absent fields stay as they are. */
export interface UserChanges {
  readonly username?: string;
  readonly email?: string | null;
  readonly lmsUserId?: string | null;
  readonly isAdmin?: boolean;
  readonly adminFromLms?: boolean;
}

export interface NewUser {
  readonly username: string;
  readonly email?: string | null;
  readonly displayName?: string | null;
  readonly lmsUserId?: string | null;
  readonly passwordHash?: string | null;
  readonly isAdmin?: boolean;
  /** The administrator right comes from the LMS, which may take it back. */
  readonly adminFromLms?: boolean;
}

export function toUser(row: Selectable<UsersTable>): UserRecord {
  return {
    id: Number(row.id),
    username: row.username,
    email: row.email,
    displayName: row.display_name,
    lmsUserId: row.lms_user_id,
    isAdmin: Boolean(row.is_admin),
    adminFromLms: Boolean(row.admin_from_lms),
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

/** SHA-256 of a secret (API token, session cookie), hex: what is stored in its place. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The order every list of grants comes in: by role, then by scope. */
function byRoleAndScope(a: RoleGrant, b: RoleGrant): number {
  return a.role.localeCompare(b.role) || a.scope.localeCompare(b.scope);
}

export class UserRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async create(user: NewUser, now: string): Promise<UserRecord> {
    try {
      const row = await this.db
        .insertInto('users')
        .values({
          username: user.username,
          // Emails compare case-insensitively everywhere, so they are stored in lower case.
          email: user.email?.toLowerCase() ?? null,
          display_name: user.displayName ?? null,
          lms_user_id: user.lmsUserId ?? null,
          password_hash: user.passwordHash ?? null,
          is_admin: user.isAdmin ?? false,
          admin_from_lms: user.adminFromLms ?? false,
          created_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toUser(row);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new WriteConflict(`a user with the username ${user.username} or that email already exists`);
      throw error;
    }
  }

  async findByUsername(username: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return row && toUser(row);
  }

  async findByEmail(email: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
    return row && toUser(row);
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirstOrThrow();
    return Number(row.total);
  }

  async findById(id: number): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async findByLmsUserId(lmsUserId: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('lms_user_id', '=', lmsUserId)
      .executeTakeFirst();
    return row && toUser(row);
  }

  /**
   * The scrypt hash, or null for a user who signs in through the LMS only (or who does not exist).
   * Kept out of UserRecord so that the hash never travels with the user through services.
   */
  async passwordHashOf(userId: number): Promise<string | null> {
    const row = await this.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', userId)
      .executeTakeFirst();
    return row?.password_hash ?? null;
  }

  /** Users by username, for bulk work; missing names are simply absent from the map. */
  async findManyByUsername(usernames: readonly string[]): Promise<Map<string, UserRecord>> {
    const found = new Map<string, UserRecord>();
    for (const chunk of chunksOf([...new Set(usernames)])) {
      const rows = await this.db.selectFrom('users').selectAll().where('username', 'in', chunk).execute();
      for (const row of rows) found.set(row.username, toUser(row));
    }
    return found;
  }

  /**
   * Users whose username is one of these ignoring case, by the lower-case username: several when
   * their usernames differ only in case.
   */
  async findManyByUsernameIgnoringCase(usernames: readonly string[]): Promise<Map<string, UserRecord[]>> {
    const found = new Map<string, UserRecord[]>();
    for (const chunk of chunksOf([...new Set(usernames.map((name) => name.toLowerCase()))])) {
      const rows = await this.db
        .selectFrom('users')
        .selectAll()
        .where(sql<string>`lower(username)`, 'in', chunk)
        .orderBy('username')
        .execute();
      for (const row of rows) {
        const key = row.username.toLowerCase();
        found.set(key, [...(found.get(key) ?? []), toUser(row)]);
      }
    }
    return found;
  }

  /** The usernames of these user ids (plugin events name learners by username). */
  async usernamesOf(ids: readonly number[]): Promise<Map<number, string>> {
    const found = new Map<number, string>();
    for (const chunk of chunksOf([...new Set(ids)])) {
      const rows = await this.db
        .selectFrom('users')
        .select(['id', 'username'])
        .where('id', 'in', chunk)
        .execute();
      for (const row of rows) found.set(Number(row.id), row.username);
    }
    return found;
  }

  /** Users by LMS user id, for bulk work (the event-bus worker). */
  async findManyByLmsUserId(lmsUserIds: readonly string[]): Promise<Map<string, UserRecord>> {
    const found = new Map<string, UserRecord>();
    for (const chunk of chunksOf([...new Set(lmsUserIds)])) {
      const rows = await this.db.selectFrom('users').selectAll().where('lms_user_id', 'in', chunk).execute();
      for (const row of rows) if (row.lms_user_id !== null) found.set(row.lms_user_id, toUser(row));
    }
    return found;
  }

  /** Users by email (lower case), for bulk work. */
  async findManyByEmail(emails: readonly string[]): Promise<Map<string, UserRecord>> {
    const found = new Map<string, UserRecord>();
    const lower = [...new Set(emails.map((email) => email.toLowerCase()))];
    for (const chunk of chunksOf(lower)) {
      const rows = await this.db.selectFrom('users').selectAll().where('email', 'in', chunk).execute();
      for (const row of rows) if (row.email !== null) found.set(row.email, toUser(row));
    }
    return found;
  }

  /** Changes a user's name, email, LMS link or administrator right. */
  async updateProfile(id: number, changes: UserChanges): Promise<void> {
    try {
      await this.db
        .updateTable('users')
        .set({
          ...(changes.username === undefined ? {} : { username: changes.username }),
          ...(changes.email === undefined ? {} : { email: changes.email?.toLowerCase() ?? null }),
          ...(changes.lmsUserId === undefined ? {} : { lms_user_id: changes.lmsUserId }),
          ...(changes.isAdmin === undefined ? {} : { is_admin: changes.isAdmin }),
          ...(changes.adminFromLms === undefined ? {} : { admin_from_lms: changes.adminFromLms }),
        })
        .where('id', '=', id)
        .execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new WriteConflict('another user already has that username, email or LMS user id');
      throw error;
    }
  }

  /** Disables the account (at `disabledAt`), or enables it again with null. */
  async setDisabled(id: number, disabledAt: string | null): Promise<void> {
    await this.db.updateTable('users').set({ disabled_at: disabledAt }).where('id', '=', id).execute();
  }

  /** Users in username order, those whose username, email or name contain `search` when given. */
  async list(filter: { search?: string; limit: number; offset: number }): Promise<{
    items: UserRecord[];
    total: number;
  }> {
    let select = this.db.selectFrom('users');
    if (filter.search)
      select = select.where(containsText(['username', 'email', 'display_name'], filter.search));
    const [rows, count] = await Promise.all([
      select.selectAll().orderBy('username').limit(filter.limit).offset(filter.offset).execute(),
      select.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toUser), total: Number(count.total) };
  }

  /**
   * The ids of the users with these usernames, held like `lock` holds them: one query for what a
   * batch of facts needs of its learners.
   */
  async lockByUsername(usernames: readonly string[]): Promise<Map<string, number>> {
    if (usernames.length === 0) return new Map();
    const select = this.db
      .selectFrom('users')
      .select(['id', 'username'])
      .where(isOneOf(this.dialect, 'username', [...new Set(usernames)]))
      .orderBy('id');
    // One statement for the whole list, locking in id order on PostgreSQL: the order all writers
    // lock in, so two batches never deadlock.
    const rows = await (this.dialect === 'postgres' ? select.forUpdate() : select).execute();
    return new Map(rows.map((row) => [row.username, Number(row.id)]));
  }

  /**
   * Inside a transaction, holds these users until it ends, so that two writers of one learner's
   * facts and progress take turns. SQLite runs one write transaction at a time already.
   */
  async lock(ids: readonly number[]): Promise<void> {
    if (this.dialect !== 'postgres') return;
    for (const chunk of chunksOf([...new Set(ids)].sort((a, b) => a - b)))
      await this.db
        .selectFrom('users')
        .select('id')
        .where('id', 'in', chunk)
        .orderBy('id')
        .forUpdate()
        .execute();
  }

  /**
   * Like lock, but passes over users another transaction holds, and returns those it holds now: a
   * batch can go on with the others rather than wait (the event-bus workers).
   */
  async lockAvailable(ids: readonly number[]): Promise<Set<number>> {
    if (this.dialect !== 'postgres') return new Set(ids);
    const held = new Set<number>();
    for (const chunk of chunksOf([...new Set(ids)].sort((a, b) => a - b))) {
      const rows = await this.db
        .selectFrom('users')
        .select('id')
        .where('id', 'in', chunk)
        .orderBy('id')
        .forUpdate()
        .skipLocked()
        .execute();
      for (const row of rows) held.add(Number(row.id));
    }
    return held;
  }

  async grant(userId: number, grant: RoleGrant, now: string): Promise<void> {
    await this.db
      .insertInto('role_grants')
      .values({ user_id: userId, role: grant.role, scope: grant.scope, created_at: now })
      .onConflict((conflict) => conflict.columns(['user_id', 'role', 'scope']).doNothing())
      .execute();
  }

  /** Removes a grant; false when the user did not have it. */
  async revokeGrant(userId: number, grant: RoleGrant): Promise<boolean> {
    const result = await this.db
      .deleteFrom('role_grants')
      .where('user_id', '=', userId)
      .where('role', '=', grant.role)
      .where('scope', '=', grant.scope)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The grants of some roles over these exact scopes, with their users, by scope, role and username. */
  async grantsAt(
    scopes: readonly string[],
    roles: readonly Role[],
  ): Promise<{ user: UserRecord; grant: RoleGrant; grantedAt: string }[]> {
    if (scopes.length === 0 || roles.length === 0) return [];
    const rows = await this.db
      .selectFrom('role_grants')
      .innerJoin('users', 'users.id', 'role_grants.user_id')
      .selectAll('users')
      .select(['role_grants.role', 'role_grants.scope', 'role_grants.created_at as granted_at'])
      .where('role_grants.scope', 'in', scopes)
      .where('role_grants.role', 'in', roles)
      .orderBy('role_grants.scope')
      .orderBy('role_grants.role')
      .orderBy('users.username')
      .execute();
    return rows.map(({ role, scope, granted_at, ...user }) => ({
      user: toUser(user),
      grant: { role: role as Role, scope },
      grantedAt: granted_at,
    }));
  }

  async grants(userId: number): Promise<RoleGrant[]> {
    return (await this.grantsOf([userId])).get(userId) ?? [];
  }

  /** The grants of many users, by user id; users without any are absent. */
  async grantsOf(userIds: readonly number[]): Promise<Map<number, RoleGrant[]>> {
    const found = new Map<number, RoleGrant[]>();
    for (const chunk of chunksOf([...new Set(userIds)])) {
      const rows = await this.db
        .selectFrom('role_grants')
        .select(['user_id', 'role', 'scope'])
        .where('user_id', 'in', chunk)
        .execute();
      for (const row of rows) {
        const userId = Number(row.user_id);
        found.set(userId, [...(found.get(userId) ?? []), { role: row.role as Role, scope: row.scope }]);
      }
    }
    for (const grants of found.values()) grants.sort(byRoleAndScope);
    return found;
  }
}

/** Role grants as the token query reads them, [role, scope] pairs, in their usual order. */
export function grantsOfPairs(pairs: readonly (readonly [string, string])[]): RoleGrant[] {
  return pairs.map(([role, scope]) => ({ role: role as Role, scope })).sort(byRoleAndScope);
}
