import type { CheckinSettings } from '../../contracts/checkins';
import type { Actor } from '../actor';
import type { CheckinDeps } from './deps';

export const toSettingsView = (settings: CheckinDeps['settings']): CheckinSettings => ({
  weeksBySupportNeed: [...settings.weeksBySupportNeed],
  newJoinerDays: settings.newJoinerDays,
  newJoinerWeeks: settings.newJoinerWeeks,
  skipLevelRead: settings.skipLevelRead,
});

/** Everyone may read the defaults (they explain each rhythm); only admins change them. */
export async function getCheckinSettings(
  deps: Pick<CheckinDeps, 'settings'>,
  _actor: Actor,
): Promise<CheckinSettings> {
  return toSettingsView(deps.settings);
}
