// Accounts named by username (enrollment rows, a team's new member), found without regard to case
// as Open edX finds them: a username is taken as written first, then in any case when that names
// exactly one account (two accounts whose usernames differ only in case are told apart by writing
// the name exactly). Emails need no such care: they are stored in lower case.
import type { DataAccess } from '../../store/data-access.ts';
import type { UserRecord } from '../../store/repositories/user-repository.ts';

export type Found =
  | { readonly kind: 'user'; readonly user: UserRecord }
  | { readonly kind: 'ambiguous'; readonly usernames: readonly string[] }
  | { readonly kind: 'none' };

const NONE: Found = { kind: 'none' };

/** A lookup of usernames: each as written, else ignoring case. */
export async function findByUsernames(
  data: DataAccess,
  usernames: readonly string[],
): Promise<(username: string) => Found> {
  const exact = await data.users.findManyByUsername(usernames);
  const anyCase = await data.users.findManyByUsernameIgnoringCase(
    usernames.filter((username) => !exact.has(username)),
  );
  return (username) => {
    const user = exact.get(username);
    if (user) return { kind: 'user', user };
    const candidates = anyCase.get(username.toLowerCase()) ?? [];
    if (candidates.length === 1) return { kind: 'user', user: candidates[0]! };
    return candidates.length > 1
      ? { kind: 'ambiguous', usernames: candidates.map((candidate) => candidate.username) }
      : NONE;
  };
}
