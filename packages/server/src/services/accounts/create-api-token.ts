// Use case: an administrator creates an API token for an account, named, and expiring after some
// days or never. The token is in the answer once; only its hash is kept.
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { auditAccount, invalidAt, managedUser, tokenView, type TokenView } from './account-access.ts';

/** The longest life a token may be given: ten years. */
export const MAX_TOKEN_DAYS = 3650;
export const MAX_TOKEN_NAME = 100;
const TOKEN_NAME = new RegExp(`^[^\\p{Cc}\\p{Cf}]{1,${MAX_TOKEN_NAME}}$`, 'u');

export interface CreateApiTokenOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly username: string;
  /** What the token is for. */
  readonly name: string;
  /** Days until it expires; it never does when absent. */
  readonly expiresInDays?: number;
  readonly now: string;
}

export async function createApiToken({
  data,
  actor,
  username,
  name,
  expiresInDays,
  now,
}: CreateApiTokenOptions): Promise<TokenView & { token: string }> {
  const user = await managedUser(data, actor, username);
  if (!TOKEN_NAME.test(name))
    throw invalidAt(
      '/name',
      `the name must be 1 to ${MAX_TOKEN_NAME} characters, without control characters`,
    );
  if (
    expiresInDays !== undefined &&
    !(Number.isInteger(expiresInDays) && expiresInDays >= 1 && expiresInDays <= MAX_TOKEN_DAYS)
  )
    throw invalidAt(
      '/expiresInDays',
      `the expiry must be a whole number of days from 1 to ${MAX_TOKEN_DAYS}`,
    );
  const expiresAt =
    expiresInDays === undefined ? null : new Date(Date.parse(now) + expiresInDays * 86_400_000).toISOString();
  return data.transaction(async (trx) => {
    const { token, record } = await trx.tokens.create(user.id, { name, expiresAt }, now);
    await auditAccount(trx, {
      actor,
      action: 'token_created',
      user,
      details: { tokenId: record.id, name, expiresAt },
      now,
    });
    return { ...tokenView(record, now), token };
  });
}
