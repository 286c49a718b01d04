// Use case: an author (or admin) gives someone, named by username or email, a role on a path or
// on every path of an organisation. Audited in the account audit log as a role granted; adding
// someone who has the role already changes nothing.
import type { DataAccess } from '../../store/data-access.ts';
import { isEmail } from '../accounts/identifiers.ts';
import { auditAccount, invalidAt } from '../accounts/account-access.ts';
import type { Actor } from '../actor.ts';
import { findByUsernames } from '../enrollments/find-learners.ts';
import type { UserRecord } from '../../store/repositories/user-repository.ts';
import {
  checkedScope,
  managedTeam,
  teamView,
  type Team,
  type TeamRole,
  type TeamView,
} from './team-access.ts';

export interface AddTeamMemberOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly team: Team;
  /** A username or an email address, in any case. */
  readonly person: string;
  readonly role: TeamRole;
  /** One of the team's scopes: `path:<key>` or `org:<org>`. */
  readonly scope: string;
  readonly now: string;
}

/** The account a username or email names, found as enrollment finds learners. */
async function person(data: DataAccess, text: string): Promise<UserRecord> {
  const named = text.trim();
  const byEmail = isEmail(named) ? await data.users.findByEmail(named) : undefined;
  if (byEmail) return byEmail;
  const found = (await findByUsernames(data, [named]))(named);
  if (found.kind === 'user') return found.user;
  throw invalidAt(
    '/person',
    found.kind === 'ambiguous'
      ? `${named} matches usernames that differ only in case (${found.usernames.join(', ')}): write it exactly`
      : `no account has the username or email ${named}`,
  );
}

export async function addTeamMember(options: AddTeamMemberOptions): Promise<TeamView> {
  const { data, actor, team, role, scope, now } = options;
  const { scopes } = await managedTeam(data, actor, team);
  checkedScope(scopes, scope);
  if (role === 'author' && scope.startsWith('path:'))
    throw invalidAt('/scope', 'authors work on every path of an organisation: give them the organisation');
  const user = await person(data, options.person);
  return data.transaction(async (trx) => {
    const before = await trx.users.grants(user.id);
    if (!before.some((grant) => grant.role === role && grant.scope === scope)) {
      await trx.users.grant(user.id, { role, scope }, now);
      await auditAccount(trx, { actor, action: 'role_granted', user, details: { role, scope }, now });
    }
    return teamView(trx, scopes);
  });
}
