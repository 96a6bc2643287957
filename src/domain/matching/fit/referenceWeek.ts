/**
 * Working hours are stored in local time, but two people can only meet when their hours overlap
 * in real time. This module turns a weekly pattern into minutes since Monday 00:00 UTC of a
 * reference week. Offsets come from `Intl.DateTimeFormat` at the actual dates of that week, so
 * daylight-saving differences between zones (Europe and the US switch on different Sundays) are
 * honoured. The week is treated as a cycle because the pattern repeats: Sunday evening in Los
 * Angeles touches Monday morning in Tokyo.
 */
import type { WorkDay } from './person';

export const MINUTES_PER_WEEK = 7 * 24 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Half-open interval [start, end) in minutes since the reference Monday 00:00 UTC. */
export type Interval = readonly [number, number];

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Local time minus UTC, in minutes, at the given instant. */
export function zoneOffsetMinutes(timeZone: string, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return Math.round((asUtc - Math.floor(utcMs / MS_PER_MINUTE) * MS_PER_MINUTE) / MS_PER_MINUTE);
}

/**
 * The UTC instant of a local wall-clock time. Two passes settle the offset on either side of a
 * daylight-saving switch; a time skipped by the switch lands just after it.
 */
export function localToUtcMs(timeZone: string, localAsUtcMs: number): number {
  const first = localAsUtcMs - zoneOffsetMinutes(timeZone, localAsUtcMs) * MS_PER_MINUTE;
  const second = localAsUtcMs - zoneOffsetMinutes(timeZone, first) * MS_PER_MINUTE;
  return second;
}

/** Monday 00:00 (as a UTC timestamp of the plain date) of the ISO week containing `now`. */
export function referenceMondayMs(now: Date): number {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const isoWeekday = ((now.getUTCDay() + 6) % 7) + 1;
  return day - (isoWeekday - 1) * MS_PER_DAY;
}

/** Sorts and merges overlapping or touching intervals. */
function union(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Adds [start, end) to `out`, split where it wraps past the end of the week. */
function pushWrapped(out: Interval[], start: number, end: number): void {
  const length = Math.min(end - start, MINUTES_PER_WEEK);
  if (length <= 0) return;
  const from = ((start % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
  const to = from + length;
  if (to <= MINUTES_PER_WEEK) out.push([from, to]);
  else out.push([from, MINUTES_PER_WEEK], [0, to - MINUTES_PER_WEEK]);
}

/** A weekly pattern as sorted, disjoint UTC intervals of the reference week. */
export function weeklyUtcIntervals(
  timeZone: string,
  pattern: readonly WorkDay[],
  mondayMs: number,
): Interval[] {
  const out: Interval[] = [];
  for (const day of pattern) {
    const dateMs = mondayMs + (day.weekday - 1) * MS_PER_DAY;
    const endDateMs = day.endMinute > day.startMinute ? dateMs : dateMs + MS_PER_DAY;
    const start = localToUtcMs(timeZone, dateMs + day.startMinute * MS_PER_MINUTE);
    const end = localToUtcMs(timeZone, endDateMs + day.endMinute * MS_PER_MINUTE);
    pushWrapped(out, (start - mondayMs) / MS_PER_MINUTE, (end - mondayMs) / MS_PER_MINUTE);
  }
  return union(out);
}

export interface Overlap {
  /** Minutes per week both people work. */
  total: number;
  /** The longest stretch both work without a break: what a meeting needs. */
  longest: number;
}

export function weeklyOverlap(a: readonly Interval[], b: readonly Interval[]): Overlap {
  // Runs for every candidate pair, so it walks both lists once and allocates nothing.
  let total = 0;
  let longest = 0;
  let firstStart = -1;
  let firstLength = 0;
  let lastEnd = -1;
  let lastLength = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0]);
    const end = Math.min(a[i][1], b[j][1]);
    if (end > start) {
      const length = end - start;
      total += length;
      if (length > longest) longest = length;
      if (firstStart < 0) {
        firstStart = start;
        firstLength = length;
      }
      lastEnd = end;
      lastLength = length;
    }
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  // A stretch that crosses Sunday/Monday midnight UTC was split in two; measure it whole.
  if (firstStart === 0 && lastEnd === MINUTES_PER_WEEK && total > firstLength) {
    longest = Math.max(longest, firstLength + lastLength);
  }
  return { total, longest };
}
