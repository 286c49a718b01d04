// Users, their role grants and their API tokens: the only SQL about accounts. Tokens are random
// 256-bit values shown once; only their SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
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

export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

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

  async findByToken(token: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .selectAll('users')
      .where('api_tokens.token_hash', '=', hashToken(token))
      .executeTakeFirst();
    return row && toUser(row);
  }
}
