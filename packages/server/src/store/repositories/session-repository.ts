// Web UI sessions: the only SQL about them. The cookie holds a random 256-bit value; only its
// SHA-256 is stored, so a copy of the database signs nobody in.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { hashToken } from './user-repository.ts';

export interface SessionRecord {
  readonly userId: number;
  /** What unsafe requests signed in by this session must send in X-CSRF-Token. */
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface NewSession extends SessionRecord {
  /** The cookie's value: the only time it exists in clear. */
  readonly cookieValue: string;
}

export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(userId: number, now: string, expiresAt: string): Promise<NewSession> {
    const cookieValue = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: hashToken(cookieValue),
        user_id: userId,
        csrf_token: csrfToken,
        created_at: now,
        expires_at: expiresAt,
      })
      .execute();
    return { cookieValue, userId, csrfToken, createdAt: now, expiresAt };
  }

  /** The session of a cookie value, unless it has expired by `now`. */
  async findValid(cookieValue: string, now: string): Promise<SessionRecord | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id_hash', '=', hashToken(cookieValue))
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return (
      row && {
        userId: Number(row.user_id),
        csrfToken: row.csrf_token,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      }
    );
  }

  async delete(cookieValue: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', hashToken(cookieValue)).execute();
  }

  /** Ends every session of a user (who was disabled). */
  async deleteOfUser(userId: number): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  /** Removes the sessions expired by `now`; returns how many. */
  async deleteExpired(now: string): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
