/**
 * Wall-clock arithmetic in IANA zones, on top of the offsets `Intl` reports. Plain dates travel
 * as the UTC timestamp of their midnight ("local as UTC"), so adding days never meets a DST
 * switch; only the final step to a real instant asks the zone.
 */
import { localToUtcMs, zoneOffsetMinutes } from '../matching/fit/referenceWeek';
import type { Weekday } from '../people/vocabulary';

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

export interface LocalTime {
  /** The local calendar day, as the UTC timestamp of its midnight. */
  dateMs: number;
  weekday: Weekday;
  /** Minutes after local midnight. */
  minute: number;
}

/** Where an instant falls on the clocks of a zone. */
export function localTimeOf(timeZone: string, utcMs: number): LocalTime {
  const localMs = utcMs + zoneOffsetMinutes(timeZone, utcMs) * MS_PER_MINUTE;
  const dateMs = Math.floor(localMs / MS_PER_DAY) * MS_PER_DAY;
  return {
    dateMs,
    weekday: isoWeekday(dateMs),
    minute: Math.floor((localMs - dateMs) / MS_PER_MINUTE),
  };
}

/** The instant of a local day and minute; a time skipped by a DST switch lands just after it. */
export function instantOf(timeZone: string, dateMs: number, minute: number): number {
  return localToUtcMs(timeZone, dateMs + minute * MS_PER_MINUTE);
}

/**
 * The first instant the zone's clocks show the local day and minute or later. Unlike instantOf,
 * a time skipped by a DST switch gives the switch itself: working hours from 02:00 to 02:30 on
 * the night the clocks jump from 02:00 to 03:00 are no time at all.
 */
export function firstInstantAtOrAfter(timeZone: string, dateMs: number, minute: number): number {
  const wanted = dateMs + minute * MS_PER_MINUTE;
  const guess = instantOf(timeZone, dateMs, minute);
  const shown = (utcMs: number) => utcMs + zoneOffsetMinutes(timeZone, utcMs) * MS_PER_MINUTE;
  if (shown(guess) === wanted) return guess;
  // Skipped: the switch lies within a few hours of the guess, where clocks only run forward.
  let low = guess - 4 * 60 * MS_PER_MINUTE;
  let high = guess + 4 * 60 * MS_PER_MINUTE;
  while (high - low > MS_PER_MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (shown(middle) >= wanted) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * The instant of a local wall-clock time as RFC 5545 reads it: a time skipped by a DST switch
 * is taken with the offset from before the switch (02:30 on the night clocks jump from 02:00 to
 * 03:00 is 03:30), the same on either side of UTC.
 */
export function wallClockInstant(timeZone: string, dateMs: number, minute: number): number {
  const guess = instantOf(timeZone, dateMs, minute);
  const wanted = dateMs + minute * MS_PER_MINUTE;
  if (guess + zoneOffsetMinutes(timeZone, guess) * MS_PER_MINUTE === wanted) return guess;
  const switchAt = firstInstantAtOrAfter(timeZone, dateMs, minute);
  return wanted - zoneOffsetMinutes(timeZone, switchAt - MS_PER_MINUTE) * MS_PER_MINUTE;
}

export function isoWeekday(dateMs: number): Weekday {
  return (((new Date(dateMs).getUTCDay() + 6) % 7) + 1) as Weekday;
}

/** "2027-03-28" for a plain date. */
export const isoDate = (dateMs: number) => new Date(dateMs).toISOString().slice(0, 10);

export function parseIsoDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return isoDate(ms) === value ? ms : null;
}
