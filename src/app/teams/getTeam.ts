import type { Team } from '../../contracts/teams';
import type { TeamRepository } from '../../db/repositories/teams';
import { notFound } from '../errors';
import { toTeam } from './listTeams';

/** One team as the tree shows it, its depth counted from the top. */
export async function getTeam(deps: { teams: TeamRepository }, id: string): Promise<Team> {
  const team = await deps.teams.find(id);
  if (!team) throw notFound('team');
  const depth = (await deps.teams.ancestors(id)).length;
  return toTeam({ ...team, depth });
}
