import { parseClockTime } from './clockTime';
import { duplicateIndexes } from './duplicates';
import { type Weekday, type WorkMode, weekdays } from './vocabulary';

export interface WorkDayInput {
  weekday: number;
  mode: WorkMode;
  siteId?: string | null;
  startTime?: string;
  endTime?: string;
}

export interface WorkDay {
  weekday: Weekday;
  mode: WorkMode;
  siteId: string | null;
  /** Minutes after local midnight, in the person's time zone. */
  startMinute: number;
  endMinute: number;
}

export interface PatternProblem {
  /** Path below the pattern: `2.endTime` is the third day's end. */
  path: string;
  code: string;
}

export const DEFAULT_START_MINUTE = 9 * 60;
export const DEFAULT_END_MINUTE = 17 * 60;

/** The week of someone who has not filled theirs in: a day without a row is a day off. */
export function completeWeek(days: readonly WorkDay[]): WorkDay[] {
  const byWeekday = new Map(days.map((day) => [day.weekday, day]));
  return weekdays.map(
    (weekday) =>
      byWeekday.get(weekday) ?? {
        weekday,
        mode: 'off',
        siteId: null,
        startMinute: DEFAULT_START_MINUTE,
        endMinute: DEFAULT_END_MINUTE,
      },
  );
}

/**
 * Checks a whole week: every weekday exactly once, a site on office days and only there, and a
 * working day that ends after it starts. Hours of a day off are kept (the next time the day
 * becomes a working day they are the default) and must be sensible too.
 */
export function checkWorkPattern(input: readonly WorkDayInput[]): {
  days: WorkDay[];
  problems: PatternProblem[];
} {
  const problems: PatternProblem[] = [];
  for (const index of duplicateIndexes(input, (day) => String(day.weekday))) {
    problems.push({ path: `${index}.weekday`, code: 'duplicate' });
  }
  const days: WorkDay[] = [];
  input.forEach((day, index) => {
    if (!(weekdays as readonly number[]).includes(day.weekday)) {
      problems.push({ path: `${index}.weekday`, code: 'invalid' });
      return;
    }
    const siteId = day.siteId ?? null;
    if (day.mode === 'office' && siteId === null) {
      problems.push({ path: `${index}.siteId`, code: 'required' });
    }
    if (day.mode !== 'office' && siteId !== null) {
      problems.push({ path: `${index}.siteId`, code: 'site_not_office' });
    }
    const start =
      day.startTime === undefined ? DEFAULT_START_MINUTE : parseClockTime(day.startTime);
    const end = day.endTime === undefined ? DEFAULT_END_MINUTE : parseClockTime(day.endTime);
    if (start === null || start >= 24 * 60) {
      problems.push({ path: `${index}.startTime`, code: 'clock_time' });
    }
    if (end === null || end === 0) problems.push({ path: `${index}.endTime`, code: 'clock_time' });
    if (start !== null && end !== null && start < 24 * 60 && end > 0 && end <= start) {
      problems.push({ path: `${index}.endTime`, code: 'working_hours' });
    }
    days.push({
      weekday: day.weekday as Weekday,
      mode: day.mode,
      siteId,
      startMinute: start ?? DEFAULT_START_MINUTE,
      endMinute: end ?? DEFAULT_END_MINUTE,
    });
  });
  const missing = weekdays.filter((weekday) => !input.some((day) => day.weekday === weekday));
  if (missing.length > 0 && problems.length === 0) {
    problems.push({ path: '', code: 'whole_week' });
  }
  return { days: days.sort((a, b) => a.weekday - b.weekday), problems };
}
