import type { CheckinSettings, CheckinSettingsPatch } from '../../contracts/checkins';
import type { CadenceSettings } from '../../domain/cadence/cadence';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import type { CheckinDeps } from './deps';
import { toSettingsView } from './getCheckinSettings';

/** Admins change the default rhythm per support need, for new joiners, and skip-level reading. */
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
  return toSettingsView(next);
}
