import type { CheckinStats } from '../../contracts/checkins';
import { addDays } from '../../domain/cadence/calendarDay';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import type { CheckinDeps } from './deps';

export const STATS_WINDOW_DAYS = 365;

/** Admins: rhythm kept per team over the last year, as counts only, never content. */
export async function getCheckinStats(
  deps: Pick<CheckinDeps, 'checkins' | 'today'>,
  actor: Actor,
): Promise<CheckinStats> {
  if (actor.role !== 'admin') throw forbidden();
  const since = addDays(deps.today, -STATS_WINDOW_DAYS);
  const teams = await deps.checkins.onTimeByTeam(since);
  return {
    since,
    teams: teams.map((team) => ({
      team: team.teamId && team.teamName ? { id: team.teamId, name: team.teamName } : null,
      people: team.people,
      held: team.held,
      onTime: team.onTime,
      onTimeShare: team.held === 0 ? 0 : team.onTime / team.held,
    })),
  };
}
