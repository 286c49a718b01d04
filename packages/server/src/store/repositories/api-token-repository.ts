// API tokens: the only SQL about them. Tokens are random 256-bit values shown once; only their
// SHA-256 is stored. A revoked token stays listed, with when it was revoked.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DialectName } from '../database.ts';
import type { ApiTokensTable, Database } from '../schema.ts';
import { groupedRows, rowsOfGroup } from './grouped-rows.ts';
import { ReusedQuery } from './reused-query.ts';
import { grantsOfPairs, hashToken, toUser, type UserRecord } from './user-repository.ts';
import type { RoleGrant } from '../../domain/roles.ts';

export interface ApiTokenRecord {
  readonly id: number;
  readonly userId: number;
  readonly name: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  /** When the token last signed a request in, to the hour (see TokenUser). */
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** Who an API token signs in, and what the resolver needs to keep its last use. */
export interface TokenUser {
  readonly user: UserRecord;
  readonly grants: RoleGrant[];
  readonly token: Pick<ApiTokenRecord, 'id' | 'lastUsedAt'>;
}

function toToken(row: Selectable<ApiTokensTable>): ApiTokenRecord {
  return {
    id: Number(row.id),
    userId: Number(row.user_id),
    name: row.name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

// The user of an unrevoked token hash with their grants as [role, scope] rows (see grouped-rows.ts),
// and the token's expiry, which the caller compares with its clock: the query keeps one value.
const USER_OF_TOKEN = new ReusedQuery((db, dialect, tokenHash: string) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.expires_at as token_expires_at',
      'api_tokens.last_used_at as token_last_used_at',
    ])
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
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null),
);

export class ApiTokenRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /** Creates a token and returns it with its record: the only time it exists in clear. */
  async create(
    userId: number,
    options: { name: string; expiresAt: string | null },
    now: string,
  ): Promise<{ token: string; record: ApiTokenRecord }> {
    const token = `lp_${randomBytes(32).toString('base64url')}`;
    const row = await this.db
      .insertInto('api_tokens')
      .values({
        token_hash: hashToken(token),
        user_id: userId,
        name: options.name,
        created_at: now,
        expires_at: options.expiresAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { token, record: toToken(row) };
  }

  /** A user's tokens, newest first, revoked and expired ones included. */
  async ofUser(userId: number): Promise<ApiTokenRecord[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toToken);
  }

  async findById(id: number): Promise<ApiTokenRecord | undefined> {
    const row = await this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toToken(row);
  }

  /** Revokes a token at `now`; false when it was revoked already. */
  async revoke(id: number, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async touch(id: number, now: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
  }

  /**
   * The user an unrevoked, unexpired API token belongs to, with their grants: one statement for
   * every API request. Disabled users come back too, for the resolver to refuse with a reason.
   */
  async findWithGrantsByToken(token: string, now: string): Promise<TokenUser | undefined> {
    const [row] = await USER_OF_TOKEN.execute(this.db, this.dialect, hashToken(token));
    if (!row || (row.token_expires_at !== null && row.token_expires_at <= now)) return undefined;
    return {
      user: toUser(row),
      grants: grantsOfPairs(rowsOfGroup(row.grants)),
      token: { id: Number(row.token_id), lastUsedAt: row.token_last_used_at },
    };
  }
}
