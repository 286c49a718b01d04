// Use case: an account's API tokens (never their secrets), for administrators and for the account's
// own user: active, expired and revoked ones, newest first.
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { managedUser, tokenView, type TokenView } from './account-access.ts';

export async function listApiTokens({
  data,
  actor,
  username,
  now,
}: {
  data: DataAccess;
  actor: Actor;
  username: string;
  now: string;
}): Promise<TokenView[]> {
  const user = await managedUser(data, actor, username, { ownToo: true });
  return (await data.tokens.ofUser(user.id)).map((token) => tokenView(token, now));
}
