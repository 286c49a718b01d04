// Whose statement it is: an Agent's account name is a username (when its homePage is the setting
// accountHomePage, or any homePage when that is empty), an mbox the account with that email.
// Other identifiers (mbox_sha1sum, openid) and Groups name no account here.
import type { PluginUsers } from '@learning-paths/plugin-api';
import type { XapiActor } from '../statements/statement-types.ts';

export type LearnerMatch = { readonly username: string } | { readonly reason: string };

const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, '');

export async function learnerOf(
  actor: XapiActor,
  users: PluginUsers,
  accountHomePage: string,
): Promise<LearnerMatch> {
  if (actor.objectType === 'Group') return { reason: 'the actor is a Group, not a learner' };
  if (actor.account !== undefined) {
    const { homePage, name } = actor.account;
    if (accountHomePage !== '' && withoutTrailingSlash(homePage) !== withoutTrailingSlash(accountHomePage))
      return {
        reason: `the actor's account.homePage is not ${accountHomePage} (the setting accountHomePage)`,
      };
    const user = await users.get(name);
    return user === null
      ? { reason: 'no account has the username in account.name' }
      : { username: user.username };
  }
  if (actor.mbox !== undefined) {
    const user = await users.byEmail(actor.mbox.replace(/^mailto:/i, ''));
    return user === null
      ? { reason: 'no single account has the email in mbox' }
      : { username: user.username };
  }
  return { reason: 'the actor is identified by mbox_sha1sum or openid, which name no account here' };
}
