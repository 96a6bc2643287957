import type { Team, TeamTree } from '../../contracts/teams';
import type { TeamRecord, TeamRepository } from '../../db/repositories/teams';
import { orderTeamTree } from '../../domain/people/teamTree';
import type { Actor } from '../actor';

export const toTeam = (team: TeamRecord & { depth: number }): Team => ({
  id: team.id,
  name: team.name,
  department: team.department,
  parentId: team.parentId,
  depth: team.depth,
  manager: team.manager,
  memberCount: team.memberCount,
});

/** The organisation's team tree; every signed-in person may see it. */
export async function listTeams(deps: { teams: TeamRepository }, _actor: Actor): Promise<TeamTree> {
  return { items: orderTeamTree(await deps.teams.list()).map(toTeam) };
}
