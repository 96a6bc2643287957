import type { Team, TeamBody } from '../../contracts/teams';
import type { PeopleRepository } from '../../db/repositories/people';
import type { TeamRepository } from '../../db/repositories/teams';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { checkTeam } from './checkTeam';
import { getTeam } from './getTeam';

export async function createTeam(
  deps: { teams: TeamRepository; people: PeopleRepository },
  actor: Actor,
  input: TeamBody,
): Promise<Team> {
  if (actor.role !== 'admin') throw forbidden();
  const empty = { name: '', department: null, parentId: null, managerId: null };
  const fields = await checkTeam(deps, null, empty, input);
  const id = await deps.teams.create(fields);
  return getTeam(deps, id);
}
