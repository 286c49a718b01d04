// Unsubscribe links that need no sign-in: the token names the learner and carries an HMAC-SHA256
// of the name under the plugin's own key, so no one can make one for somebody else.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { NotificationDatabase } from './tables.ts';

const KEY_NAME = 'unsubscribe';
/** A username is at most 150 characters: its base64url and the signature fit well within this. */
export const MAX_TOKEN_LENGTH = 512;

const signature = (key: Buffer, username: string) =>
  createHmac('sha256', key).update(`unsubscribe\n${username}`).digest();

export function unsubscribeToken(key: Buffer, username: string): string {
  return `${Buffer.from(username).toString('base64url')}.${signature(key, username).toString('base64url')}`;
}

/** The learner a token names, or null when it was not made with this key. */
export function tokenUsername(key: Buffer, token: string): string | null {
  const [name, mac, ...rest] = token.split('.');
  if (name === undefined || mac === undefined || rest.length > 0 || token.length > MAX_TOKEN_LENGTH)
    return null;
  const username = Buffer.from(name, 'base64url').toString();
  const given = Buffer.from(mac, 'base64url');
  const expected = signature(key, username);
  return given.length === expected.length && timingSafeEqual(given, expected) ? username : null;
}

/** The signing key, made at first use and kept in the plugin's table (every process reads the same one). */
export async function signingKey(db: NotificationDatabase, now: string): Promise<Buffer> {
  const read = () =>
    db
      .selectFrom('plugin_notification_keys')
      .select('secret')
      .where('name', '=', KEY_NAME)
      .executeTakeFirst();
  let row = await read();
  if (!row) {
    // Two processes may both find none: the first insert wins and both read it back.
    await db
      .insertInto('plugin_notification_keys')
      .values({ name: KEY_NAME, secret: randomBytes(32).toString('base64url'), created_at: now })
      .onConflict((conflict) => conflict.column('name').doNothing())
      .execute();
    row = await read();
  }
  if (!row) throw new Error('the unsubscribe signing key could not be stored');
  return Buffer.from(row.secret, 'base64url');
}
