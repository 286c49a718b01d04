// Use case: who works on a path or an organisation, as authors and instructors, with their scope.
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import { managedTeam, teamView, type Team, type TeamView } from './team-access.ts';

export async function listTeam({
  data,
  actor,
  team,
}: {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly team: Team;
}): Promise<TeamView> {
  const { scopes } = await managedTeam(data, actor, team);
  return teamView(data, scopes);
}
