// Use case: an author (or admin) takes someone's role on a path or organisation away. Audited in the
// account audit log as a role revoked. A grant the team does not have is a 404; taking one's own
// role away is refused, so that no author locks themself out by a slip (another author or an
// administrator may).
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { auditAccount } from '../accounts/account-access.ts';
import type { Actor } from '../actor.ts';
import { checkedScope, managedTeam, type Team, type TeamRole } from './team-access.ts';

export interface RemoveTeamMemberOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly team: Team;
  readonly username: string;
  readonly role: TeamRole;
  readonly scope: string;
  readonly now: string;
}

export async function removeTeamMember(options: RemoveTeamMemberOptions): Promise<void> {
  const { data, actor, team, username, role, scope, now } = options;
  const { scopes } = await managedTeam(data, actor, team);
  checkedScope(scopes, scope);
  const user = await data.users.findByUsername(username);
  const absent = new AppError('not_found', `${username} is not ${role} at ${scope}`);
  if (!user) throw absent;
  if (user.id === actor.user.id)
    throw new AppError(
      'conflict',
      'you cannot take your own role away: ask another author or an administrator',
    );
  await data.transaction(async (trx) => {
    if (!(await trx.users.revokeGrant(user.id, { role, scope }))) throw absent;
    await auditAccount(trx, { actor, action: 'role_revoked', user, details: { role, scope }, now });
  });
}
