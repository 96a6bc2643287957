import { parseClockTime } from '../people/clockTime';
import { audienceRoles, type ProgrammeKind } from './kinds';
import type { ProgrammeSettings } from './templates';
import { weightedFactors } from './templates';

/** A problem with one setting; `code` is a key under `errors:field.`. */
export interface SettingProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export const WEIGHT_MAX = 10;
export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 2000;
const AUDIENCE_DAYS_MAX = 3650;

function whole(
  problems: SettingProblem[],
  field: string,
  value: number | null | undefined,
  min: number,
  max: number,
) {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value)) problems.push({ field, code: 'invalid' });
  else if (value < min) problems.push({ field, code: 'too_small', params: { min } });
  else if (value > max) problems.push({ field, code: 'too_large', params: { max } });
}

function text(
  problems: SettingProblem[],
  field: string,
  value: string,
  max: number,
  required: boolean,
) {
  if (required && value.trim() === '') problems.push({ field, code: 'required' });
  else if (value.length > max) problems.push({ field, code: 'too_long', params: { max } });
}

/**
 * Every rule a programme's settings must meet, checked at once so a form can show each field's
 * problem. Existence of teams and sites is the caller's to check (it needs the database).
 */
export function checkProgrammeSettings(
  kind: ProgrammeKind,
  settings: ProgrammeSettings,
): SettingProblem[] {
  const problems: SettingProblem[] = [];
  for (const lang of ['nl', 'en'] as const) {
    text(problems, `name.${lang}`, settings.name[lang] ?? '', NAME_MAX, true);
    text(problems, `description.${lang}`, settings.description[lang] ?? '', DESCRIPTION_MAX, false);
  }
  const allowed = new Set<string>(weightedFactors(kind));
  for (const [factor, weight] of Object.entries(settings.weights)) {
    const field = `weights.${factor}`;
    if (!allowed.has(factor)) problems.push({ field, code: 'unknown' });
    else if (typeof weight !== 'number' || !Number.isFinite(weight))
      problems.push({ field, code: 'invalid' });
    else if (weight < 0) problems.push({ field, code: 'too_small', params: { min: 0 } });
    else if (weight > WEIGHT_MAX)
      problems.push({ field, code: 'too_large', params: { max: WEIGHT_MAX } });
  }
  whole(problems, 'meetingIntervalWeeks', settings.meetingIntervalWeeks, 1, 12);
  whole(problems, 'meetingMinutes', settings.meetingMinutes, 10, 240);
  whole(problems, 'pairingWeeks', settings.pairingWeeks, 1, 104);
  if (kind === 'coffee') whole(problems, 'groupSize', settings.groupSize, 2, 4);
  else if (settings.groupSize !== 2)
    problems.push({ field: 'groupSize', code: 'one_of', params: { allowed: '2' } });
  const { audience, schedule } = settings;
  whole(problems, 'audience.minTenureDays', audience.minTenureDays, 0, AUDIENCE_DAYS_MAX);
  whole(problems, 'audience.startedWithinDays', audience.startedWithinDays, 0, AUDIENCE_DAYS_MAX);
  for (const role of audience.roles ?? []) {
    if (!(audienceRoles as readonly string[]).includes(role)) {
      problems.push({
        field: 'audience.roles',
        code: 'one_of',
        params: { allowed: audienceRoles.join(', ') },
      });
      break;
    }
  }
  for (const list of ['teamIds', 'siteIds', 'roles'] as const) {
    const values = audience[list] ?? [];
    if (new Set(values).size !== values.length)
      problems.push({ field: `audience.${list}`, code: 'duplicate' });
  }
  if (schedule) {
    whole(problems, 'schedule.weekday', schedule.weekday, 1, 7);
    whole(problems, 'schedule.intervalWeeks', schedule.intervalWeeks, 1, 12);
    const minute = parseClockTime(schedule.time);
    if (minute === null || minute >= 24 * 60)
      problems.push({ field: 'schedule.time', code: 'clock_time' });
  }
  return problems;
}
