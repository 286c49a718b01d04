// A team: who works on a path, or on every path of an organisation, as authors and instructors.
// Its scopes are where its grants apply (a path team also shows those of its organisation and of
// everywhere, which reach the path too). Authors of the organisation and admins manage it; other
// staff of a path are refused (403), and anyone else is told the path does not exist (404).
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Role } from '../../domain/roles.ts';
import { canAuthor, type Actor } from '../actor.ts';
import { invalidAt } from '../accounts/account-access.ts';
import { assertOrganisation } from '../catalog/course-sharing.ts';
import { pathForStaff } from '../paths/path-access.ts';

export type Team = { readonly path: string } | { readonly org: string };

/** The roles a team is made of. */
export const TEAM_ROLES = ['author', 'instructor'] as const satisfies readonly Role[];
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface TeamView {
  /** The scopes the team's own grants are made at: `path:<key>` and `org:<org>`, or `org:<org>`. */
  readonly scopes: string[];
  readonly members: TeamMember[];
}

export interface TeamMember {
  readonly username: string;
  readonly displayName: string | null;
  readonly email: string | null;
  readonly role: TeamRole;
  /** `path:<key>`, `org:<org>` or `*` (everywhere, granted by an administrator). */
  readonly scope: string;
  readonly grantedAt: string;
}

const teamName = (team: Team) => ('path' in team ? team.path : team.org);

/**
 * The organisation of a team the actor may manage, and the scopes its own grants are made at;
 * refuses anyone else, as the module's header says.
 */
export async function managedTeam(
  data: DataAccess,
  actor: Actor,
  team: Team,
): Promise<{ org: string; scopes: string[] }> {
  let org: string;
  if ('path' in team) org = (await pathForStaff(data.paths, actor, team.path)).org;
  else {
    assertOrganisation(team.org);
    org = team.org;
  }
  if (!canAuthor(actor, org))
    throw new AppError(
      'forbidden',
      `only authors of ${org} may see and change who works on ${teamName(team)}`,
    );
  return { org, scopes: 'path' in team ? [`path:${team.path}`, `org:${org}`] : [`org:${org}`] };
}

/** The team as it stands: its own grants and those reaching it from everywhere. */
export async function teamView(data: DataAccess, scopes: readonly string[]): Promise<TeamView> {
  const grants = await data.users.grantsAt([...scopes, '*'], TEAM_ROLES);
  return {
    scopes: [...scopes],
    members: grants.map(({ user, grant, grantedAt }) => ({
      username: user.username,
      displayName: user.displayName,
      email: user.email,
      role: grant.role as TeamRole,
      scope: grant.scope,
      grantedAt,
    })),
  };
}

/** One of the team's own scopes, else AppError `invalid` at /scope. */
export function checkedScope(scopes: readonly string[], scope: string): string {
  if (!scopes.includes(scope))
    throw invalidAt('/scope', `the scope must be one of ${scopes.join(', ')}, not ${scope}`);
  return scope;
}
