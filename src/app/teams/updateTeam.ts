import type { Team, TeamPatch } from '../../contracts/teams';
import type { PeopleRepository } from '../../db/repositories/people';
import type { TeamRepository } from '../../db/repositories/teams';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { checkTeam } from './checkTeam';
import { getTeam } from './getTeam';

/** Rename, move in the tree, or change the manager; fields left out stay as they are. */
export async function updateTeam(
  deps: { teams: TeamRepository; people: PeopleRepository },
  actor: Actor,
  input: TeamPatch & { id: string },
): Promise<Team> {
  if (actor.role !== 'admin') throw forbidden();
  const { id, ...changes } = input;
  const team = await deps.teams.find(id);
  if (!team) throw notFound('team');
  const current = {
    name: team.name,
    department: team.department,
    parentId: team.parentId,
    managerId: team.manager?.id ?? null,
  };
  await deps.teams.update(id, await checkTeam(deps, id, current, changes));
  return getTeam(deps, id);
}
