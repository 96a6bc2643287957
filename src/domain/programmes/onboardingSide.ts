import type { ParticipantRole } from './kinds';

const DAY_MS = 86_400_000;
/** The onboarding engine's defaults: newcomers started within 90 days, godparents a year ago. */
export const NEWCOMER_DAYS = 90;
export const GODPARENT_DAYS = 365;

/**
 * Onboarding sides come from start dates; a person may also say which side they want. When the
 * dates put them on the other side, they are left out rather than matched against their wish:
 * the key (`programmes:round.*`) says why.
 */
export function onboardingSideConflict(
  role: ParticipantRole,
  startDate: string | null,
  now: Date,
): 'round.notNewcomer' | 'round.notGodparent' | null {
  const days =
    startDate === null ? null : (now.getTime() - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS;
  if (role === 'newcomer' && (days === null || days > NEWCOMER_DAYS)) return 'round.notNewcomer';
  if (role === 'godparent' && (days === null || days < GODPARENT_DAYS)) return 'round.notGodparent';
  return null;
}
