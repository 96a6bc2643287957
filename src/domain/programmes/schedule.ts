import { localToUtcMs } from '../matching/fit/referenceWeek';
import { parseClockTime } from '../people/clockTime';
import type { RoundSchedule } from './templates';

const DAY_MS = 86_400_000;

/** The local calendar date (as a UTC midnight) of an instant in a zone. */
function localDateMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'));
}

const isoWeekday = (dateMs: number) => ((new Date(dateMs).getUTCDay() + 6) % 7) + 1;

/** The instant of a local date and "HH:MM" in a zone; daylight saving is the zone's own. */
function atLocalTime(dateMs: number, time: string, timeZone: string): Date {
  const minutes = parseClockTime(time) ?? 0;
  return new Date(localToUtcMs(timeZone, dateMs + minutes * 60_000));
}

/**
 * The first moment strictly after `after` that falls on the schedule's weekday at its local time
 * in `timeZone`: "every Monday 09:00" stays 09:00 on the wall clock through summer and winter
 * time. The interval counts from `previous` (the round just held), so "every two weeks" keeps its
 * rhythm; without a previous round the next matching weekday is taken.
 */
export function nextRoundAt(
  schedule: RoundSchedule,
  timeZone: string,
  after: Date,
  previous: Date | null = null,
): Date {
  if (previous) {
    const step = schedule.intervalWeeks * 7 * DAY_MS;
    let date = localDateMs(previous, timeZone) + step;
    date += ((schedule.weekday - isoWeekday(date) + 7) % 7) * DAY_MS;
    let candidate = atLocalTime(date, schedule.time, timeZone);
    while (candidate.getTime() <= after.getTime()) {
      date += step;
      candidate = atLocalTime(date, schedule.time, timeZone);
    }
    return candidate;
  }
  let date = localDateMs(after, timeZone);
  date += ((schedule.weekday - isoWeekday(date) + 7) % 7) * DAY_MS;
  let candidate = atLocalTime(date, schedule.time, timeZone);
  if (candidate.getTime() <= after.getTime()) {
    date += 7 * DAY_MS;
    candidate = atLocalTime(date, schedule.time, timeZone);
  }
  return candidate;
}

/** The local clock time ("HH:MM") of an instant in a zone. */
function localClock(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/**
 * When a member hears of a scheduled round: at the round's wall-clock time, on its day, in their
 * own zone ("Monday 09:00" in Brussels is 09:00 in New York for a New Yorker), and never before
 * the round itself is made: someone whose 09:00 came earlier (Tokyo) hears at once. The round's
 * day and time are those of its moment in the organisation's zone.
 */
export function localRoundMoment(
  scheduledFor: Date,
  organisationZone: string,
  personZone: string,
): Date {
  const local = atLocalTime(
    localDateMs(scheduledFor, organisationZone),
    localClock(scheduledFor, organisationZone),
    personZone,
  );
  return local.getTime() > scheduledFor.getTime() ? local : scheduledFor;
}
