/**
 * ical-generator writes a TZID date from a Temporal.ZonedDateTime; Node 20 has no Temporal, and
 * a plain Date would be written in the server's own zone. This is the small part of
 * ZonedDateTime it reads, with the wall clock taken from `Intl` offsets.
 */
import { zoneOffsetMinutes } from '../domain/matching/fit/referenceWeek';

interface WallClockFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function fields(instant: Date, timeZone: string): WallClockFields {
  const local = new Date(
    instant.getTime() + zoneOffsetMinutes(timeZone, instant.getTime()) * 60_000,
  );
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

export function zonedDateTime(instant: Date, timeZone: string) {
  const wall = fields(instant, timeZone);
  const zoned = {
    ...wall,
    timeZoneId: timeZone,
    toInstant: () => ({ epochMilliseconds: instant.getTime() }),
    toPlainDateTime: () => ({
      ...wall,
      toPlainDate: () => ({ year: wall.year, month: wall.month, day: wall.day }),
      toZonedDateTime: () => zoned,
    }),
    withTimeZone: (other: string) => (other === timeZone ? zoned : zonedDateTime(instant, other)),
    toJSON: () => instant.toISOString(),
    toString: () => instant.toISOString(),
  };
  return zoned;
}
