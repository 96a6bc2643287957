import type { TeamRepository } from '../../db/repositories/teams';
import type { Actor } from '../actor';
import { AppError, forbidden, notFound } from '../errors';

/**
 * Only an empty team can go: moving its people and sub-teams first is a decision an admin
 * makes, not something to happen silently.
 */
export async function deleteTeam(
  deps: { teams: TeamRepository },
  actor: Actor,
  input: { id: string },
): Promise<void> {
  if (actor.role !== 'admin') throw forbidden();
  if (!(await deps.teams.find(input.id))) throw notFound('team');
  const dependants = await deps.teams.countDependants(input.id);
  if (dependants.people > 0 || dependants.teams > 0) {
    throw new AppError('team_not_empty', { count: dependants.people + dependants.teams });
  }
  await deps.teams.delete(input.id);
}
