import type { WorkMode } from '../people/vocabulary';
import type { WorkDay } from '../people/workPattern';
import { firstInstantAtOrAfter, localTimeOf, MS_PER_DAY } from './zonedTime';

/** Someone to schedule: their work week in their own zone. */
export interface SchedulingPerson {
  id: string;
  /** Canonical IANA zone the week's hours are in. */
  timeZone: string;
  /** Days missing from the week are days off. */
  week: readonly WorkDay[];
}

/** Time a person already spends elsewhere (another Samen meeting), in UTC. */
export interface BusyInterval {
  personId: string;
  start: Date;
  end: Date;
}

/** A stretch of working time in UTC milliseconds, half-open [start, end). */
export interface WorkWindow {
  start: number;
  end: number;
  mode: Exclude<WorkMode, 'off'>;
  siteId: string | null;
}

/** The working stretches of a person's week that touch [fromMs, toMs), in time order. */
export function workWindows(person: SchedulingPerson, fromMs: number, toMs: number): WorkWindow[] {
  const byWeekday = new Map(person.week.map((day) => [day.weekday, day]));
  // A day starting the evening before `from` in a zone ahead of UTC may still be running.
  const firstDate = localTimeOf(person.timeZone, fromMs).dateMs - MS_PER_DAY;
  const lastDate = localTimeOf(person.timeZone, toMs).dateMs;
  const windows: WorkWindow[] = [];
  for (let dateMs = firstDate; dateMs <= lastDate; dateMs += MS_PER_DAY) {
    const day = byWeekday.get(localTimeOf('UTC', dateMs).weekday);
    if (!day || day.mode === 'off') continue;
    const start = firstInstantAtOrAfter(person.timeZone, dateMs, day.startMinute);
    const end = firstInstantAtOrAfter(person.timeZone, dateMs, day.endMinute);
    if (end <= fromMs || start >= toMs || end <= start) continue;
    windows.push({ start, end, mode: day.mode, siteId: day.mode === 'office' ? day.siteId : null });
  }
  return windows;
}

/**
 * When a person can meet: their working stretches minus the busy intervals that are theirs.
 * Each free stretch keeps where the person is that day (on site at a site, or at home).
 */
export function availability(
  person: SchedulingPerson,
  busy: readonly BusyInterval[],
  fromMs: number,
  toMs: number,
): WorkWindow[] {
  const own = busy
    .filter((interval) => interval.personId === person.id)
    .map((interval) => [interval.start.getTime(), interval.end.getTime()] as const)
    .sort((a, b) => a[0] - b[0]);
  const free: WorkWindow[] = [];
  for (const window of workWindows(person, fromMs, toMs)) {
    let cursor = window.start;
    for (const [start, end] of own) {
      if (end <= cursor || start >= window.end) continue;
      if (start > cursor) free.push({ ...window, start: cursor, end: start });
      cursor = Math.max(cursor, end);
    }
    if (cursor < window.end) free.push({ ...window, start: cursor });
  }
  return free;
}
