/**
 * The recurring meetings Samen sets up: weekly or every n weeks (RFC 5545
 * `FREQ=WEEKLY;INTERVAL=n;BYDAY=..`), ending on a day (UNTIL) or after a number of times (COUNT).
 * Occurrences repeat the first one's wall-clock time in the series' zone, so a weekly 09:00 in
 * Brussels stays 09:00 there when the clocks change and moves by an hour in UTC.
 */
import type { Weekday } from '../people/vocabulary';
import { instantOf, localTimeOf, MS_PER_DAY, parseIsoDate, wallClockInstant } from './zonedTime';

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface WeeklyRule {
  intervalWeeks: number;
  /** ISO weekdays the series meets on. */
  byDay: Weekday[];
  /** The last instant an occurrence may start at (UNTIL, in UTC). */
  until: Date | null;
  count: number | null;
}

const utcStamp = (date: Date) =>
  `${date.toISOString().slice(0, 19).replaceAll('-', '').replaceAll(':', '')}Z`;

export function buildWeeklyRule(rule: WeeklyRule): string {
  const parts = ['FREQ=WEEKLY', `INTERVAL=${rule.intervalWeeks}`];
  // Without BYDAY a series meets on its first occurrence's weekday (RFC 5545).
  if (rule.byDay.length > 0) {
    parts.push(
      `BYDAY=${[...rule.byDay]
        .sort((a, b) => a - b)
        .map((day) => DAY_CODES[day - 1])
        .join(',')}`,
    );
  }
  if (rule.until) parts.push(`UNTIL=${utcStamp(rule.until)}`);
  else if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  return parts.join(';');
}

/** Reads back a rule buildWeeklyRule wrote; null for anything else. */
export function parseWeeklyRule(text: string): WeeklyRule | null {
  const fields = new Map(
    text.split(';').map((part) => part.split('=', 2) as [string, string | undefined]),
  );
  if (fields.get('FREQ') !== 'WEEKLY') return null;
  const intervalWeeks = Number(fields.get('INTERVAL') ?? '1');
  if (!Number.isInteger(intervalWeeks) || intervalWeeks < 1) return null;
  const byDay = (fields.get('BYDAY') ?? '')
    .split(',')
    .filter((code) => code !== '')
    .map((code) => (DAY_CODES.indexOf(code as (typeof DAY_CODES)[number]) + 1) as Weekday);
  if (byDay.some((day) => day < 1)) return null;
  const untilText = fields.get('UNTIL');
  let until: Date | null = null;
  if (untilText !== undefined) {
    const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(untilText);
    if (!match) return null;
    until = new Date(
      Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5], +match[6]),
    );
  }
  const countText = fields.get('COUNT');
  const count = countText === undefined ? null : Number(countText);
  if (count !== null && (!Number.isInteger(count) || count < 1)) return null;
  return { intervalWeeks, byDay, until, count };
}

/** The end of a local calendar day ("2027-06-30" in Brussels), the UNTIL of a series ending then. */
export function endOfLocalDay(timeZone: string, isoDate: string): Date | null {
  const dateMs = parseIsoDate(isoDate);
  if (dateMs === null) return null;
  return new Date(instantOf(timeZone, dateMs + MS_PER_DAY, 0) - 1000);
}

/**
 * The starts of a series from its first occurrence, in time order, at most `limit` of them and
 * none after `to`.
 */
export function expandWeekly(input: {
  startsAt: Date;
  timeZone: string;
  rule: WeeklyRule;
  to: Date;
  limit: number;
}): Date[] {
  const { rule, timeZone } = input;
  const first = localTimeOf(timeZone, input.startsAt.getTime());
  const days = (rule.byDay.length > 0 ? [...rule.byDay] : [first.weekday]).sort((a, b) => a - b);
  const monday = first.dateMs - (first.weekday - 1) * MS_PER_DAY;
  const last = Math.min(input.to.getTime(), rule.until?.getTime() ?? Number.POSITIVE_INFINITY);
  const out: Date[] = [];
  for (let week = 0; ; week += rule.intervalWeeks) {
    for (const day of days) {
      const dateMs = monday + (week * 7 + day - 1) * MS_PER_DAY;
      if (dateMs < first.dateMs) continue;
      const start = wallClockInstant(timeZone, dateMs, first.minute);
      if (start > last || out.length >= input.limit) return out;
      if (rule.count !== null && out.length >= rule.count) return out;
      out.push(new Date(start));
    }
  }
}
