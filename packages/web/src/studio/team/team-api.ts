// A team's routes as Studio calls them: a path's or an organisation's, the answer's type from the
// OpenAPI document, and the writes (add someone, take a role away).
import { apiCall } from '../../shared/api/api-call.ts';
import type { Answer } from '../../shared/api/types.ts';

export type TeamView = Answer<'/api/v1/paths/{key}/team', 'get'>;
export type TeamMember = TeamView['members'][number];
export type TeamRole = TeamMember['role'];

/** Whose team: a path's, or an organisation's. */
export type Team = { readonly path: string } | { readonly org: string };

export interface Addition {
  readonly person: string;
  readonly role: TeamRole;
  readonly scope: string;
}

export async function addMember(team: Team, body: Addition): Promise<void> {
  if ('path' in team) await apiCall('/api/v1/paths/{key}/team', 'post', { params: { key: team.path }, body });
  else await apiCall('/api/v1/organizations/{org}/team', 'post', { params: { org: team.org }, body });
}

export async function removeMember(team: Team, member: TeamMember): Promise<void> {
  const { username, role, scope } = member;
  const query = { role, scope };
  if ('path' in team)
    await apiCall('/api/v1/paths/{key}/team/{username}', 'delete', {
      params: { key: team.path, username },
      query,
    });
  else
    await apiCall('/api/v1/organizations/{org}/team/{username}', 'delete', {
      params: { org: team.org, username },
      query,
    });
}
