import type { CheckinSettings, CheckinSettingsPatch, CheckinStats } from '../../contracts/checkins';
import type { CadenceSettings } from '../../domain/cadence/cadence';
import { addDays } from '../../domain/cadence/calendarDay';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import type { CheckinDeps } from './deps';

const toView = (settings: CheckinDeps['settings']): CheckinSettings => ({
  weeksBySupportNeed: [...settings.weeksBySupportNeed],
  newJoinerDays: settings.newJoinerDays,
  newJoinerWeeks: settings.newJoinerWeeks,
  skipLevelRead: settings.skipLevelRead,
});

/** Every manager reads the defaults (the team view shows them); only admins change them. */
export async function getCheckinSettings(
  deps: Pick<CheckinDeps, 'settings'>,
  _actor: Actor,
): Promise<CheckinSettings> {
  return toView(deps.settings);
}

export async function updateCheckinSettings(
  deps: Pick<CheckinDeps, 'rhythms' | 'settings' | 'now'>,
  actor: Actor,
  input: CheckinSettingsPatch,
): Promise<CheckinSettings> {
  if (actor.role !== 'admin') throw forbidden();
  const next = {
    ...deps.settings,
    ...input,
    weeksBySupportNeed: (input.weeksBySupportNeed ??
      deps.settings.weeksBySupportNeed) as CadenceSettings['weeksBySupportNeed'],
  };
  await deps.rhythms.saveSettings(next, deps.now);
  return toView(next);
}

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
