// Users, their role grants and their API tokens: the only SQL about accounts. Tokens are random
// 256-bit values shown once; only their SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import { groupedRows, rowsOfGroup } from './grouped-rows.ts';
import { ReusedQuery } from './reused-query.ts';
import { isOneOf } from './value-list.ts';
import type { DialectName } from '../database.ts';
import { chunksOf } from './chunks.ts';
import { AppError } from '../../errors.ts';
import type { Database, UsersTable } from '../schema.ts';
import { isUniqueViolation } from '../sql-errors.ts';

export type Role = 'author' | 'instructor' | 'learner' | 'service';

export interface RoleGrant {
  readonly role: Role;
  /** `*`, `org:<org>` or `path:<path key>` */
  readonly scope: string;
}

export interface UserRecord {
  readonly id: number;
  readonly username: string;
  readonly email: string | null;
  readonly displayName: string | null;
  readonly lmsUserId: string | null;
  readonly isAdmin: boolean;
  readonly createdAt: string;
}

export interface NewUser {
  readonly username: string;
  readonly email?: string | null;
  readonly displayName?: string | null;
  readonly lmsUserId?: string | null;
  readonly passwordHash?: string | null;
  readonly isAdmin?: boolean;
}

function toUser(row: Selectable<UsersTable>): UserRecord {
  return {
    id: Number(row.id),
    username: row.username,
    email: row.email,
    displayName: row.display_name,
    lmsUserId: row.lms_user_id,
    isAdmin: Boolean(row.is_admin),
    createdAt: row.created_at,
  };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// The user of a token hash with their grants as [role, scope] rows (see grouped-rows.ts).
const USER_OF_TOKEN = new ReusedQuery((db, dialect, tokenHash: string) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select((eb) =>
      eb
        .selectFrom('role_grants')
        .select(
          groupedRows<[string, string]>(dialect, [
            sql.ref('role_grants.role'),
            sql.ref('role_grants.scope'),
          ]).as('rows'),
        )
        .whereRef('role_grants.user_id', '=', 'users.id')
        .as('grants'),
    )
    .where('api_tokens.token_hash', '=', tokenHash),
);

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
          created_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toUser(row);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError(
          'conflict',
          `a user with the username ${user.username} or that email already exists`,
        );
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

  /** Changes what the LMS says about a user (email, LMS id, administrator). */
  async updateProfile(
    id: number,
    profile: { email: string | null; lmsUserId: string | null; isAdmin: boolean },
  ): Promise<void> {
    try {
      await this.db
        .updateTable('users')
        .set({
          email: profile.email?.toLowerCase() ?? null,
          lms_user_id: profile.lmsUserId,
          is_admin: profile.isAdmin,
        })
        .where('id', '=', id)
        .execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('conflict', `another user already has the email ${profile.email ?? ''}`);
      throw error;
    }
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

  async grants(userId: number): Promise<RoleGrant[]> {
    const rows = await this.db
      .selectFrom('role_grants')
      .select(['role', 'scope'])
      .where('user_id', '=', userId)
      .orderBy('role')
      .orderBy('scope')
      .execute();
    return rows.map((row) => ({ role: row.role as Role, scope: row.scope }));
  }

  /** Creates a token and returns it: the only time it exists in clear. */
  async createToken(userId: number, name: string, now: string): Promise<string> {
    const token = `lp_${randomBytes(32).toString('base64url')}`;
    await this.db
      .insertInto('api_tokens')
      .values({ token_hash: hashToken(token), user_id: userId, name, created_at: now })
      .execute();
    return token;
  }

  /** The user an API token belongs to, with their grants: one statement for every API request. */
  async findWithGrantsByToken(token: string): Promise<{ user: UserRecord; grants: RoleGrant[] } | undefined> {
    const [row] = await USER_OF_TOKEN.execute(this.db, this.dialect, hashToken(token));
    if (!row) return undefined;
    const grants = rowsOfGroup(row.grants).map(([role, scope]) => ({ role: role as Role, scope }));
    grants.sort((a, b) => a.role.localeCompare(b.role) || a.scope.localeCompare(b.scope));
    return { user: toUser(row), grants };
  }
}
