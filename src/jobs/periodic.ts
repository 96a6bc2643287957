import type { Sql } from '../db/client';
import type { EnqueueOptions } from './enqueue';
import type { JobHandler, JobLog } from './handlers';

/**
 * Zone of a weekly task run at the local time of every organisation: once for each distinct
 * default time zone of the organisations, each run told its zone.
 */
export const ORGANISATION_ZONES = 'organisations';

/** Every n minutes (aligned to UTC multiples of n), or weekly at a local time in a time zone. */
export type Every =
  | { minutes: number }
  /**
   * weekday: 1 = Monday … 7 = Sunday; at: 'HH:MM' local time in `zone`, an IANA name or
   * ORGANISATION_ZONES.
   */
  | { weekly: { weekday: number; at: string; zone: string } };

export interface PeriodicContext {
  /** The job's transaction: do all database work through it (see JobHandler). */
  tx: Sql;
  now: Date;
  /** The moment this run is for (one run per due moment, however many instances run). */
  dueAt: Date;
  /** For a task in ORGANISATION_ZONES: the zone of the organisations this run is for. */
  zone: string | null;
  log: JobLog;
}

export interface PeriodicTask {
  /** Also the job type, e.g. 'rounds.due'. */
  name: string;
  every: Every;
  run(ctx: PeriodicContext): Promise<void>;
}

// A weekly run missed by more than this (the server was down) is skipped, not made up late.
const WEEKLY_CATCH_UP_MS = 12 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** The latest moment at or before `now` the task was due (in `zone` for a weekly task). */
export function latestDueMoment(every: Every, now: Date, zone?: string): Date {
  if ('minutes' in every) {
    const interval = every.minutes * 60_000;
    return new Date(Math.floor(now.getTime() / interval) * interval);
  }
  const { weekday, at } = every.weekly;
  const inZone = zone ?? every.weekly.zone;
  const [hour, minute] = at.split(':').map(Number);
  const today = zonedParts(now, inZone);
  for (let back = 0; back <= 7; back++) {
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day) - back * DAY_MS);
    const isoWeekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
    if (isoWeekday !== weekday) continue;
    const due = zonedTimeToUtc(
      {
        year: day.getUTCFullYear(),
        month: day.getUTCMonth() + 1,
        day: day.getUTCDate(),
        hour,
        minute,
      },
      inZone,
    );
    if (due.getTime() <= now.getTime()) return due;
  }
  throw new Error(`no weekly due moment found for ${JSON.stringify(every)}`);
}

export function runsPerOrganisationZone(task: PeriodicTask): boolean {
  return 'weekly' in task.every && task.every.weekly.zone === ORGANISATION_ZONES;
}

/**
 * The jobs that run the task for its latest due moment: one, or one per organisation zone given
 * for a task in ORGANISATION_ZONES; none for a weekly moment missed too long ago.
 */
export function periodicJobs(
  task: PeriodicTask,
  now: Date,
  organisationZones: readonly string[],
): EnqueueOptions[] {
  if (!runsPerOrganisationZone(task)) {
    const job = periodicJob(task, now);
    return job ? [job] : [];
  }
  return organisationZones.filter(isTimeZone).flatMap((zone) => {
    const job = periodicJob(task, now, zone);
    return job ? [job] : [];
  });
}

export function periodicJob(task: PeriodicTask, now: Date, zone?: string): EnqueueOptions | null {
  const dueAt = latestDueMoment(task.every, now, zone);
  if ('weekly' in task.every && now.getTime() - dueAt.getTime() > WEEKLY_CATCH_UP_MS) return null;
  const moment = dueAt.toISOString();
  return {
    type: task.name,
    payload: { dueAt: moment, zone: zone ?? null },
    runAt: dueAt,
    uniqueKey: zone ? `periodic:${task.name}:${zone}:${moment}` : `periodic:${task.name}:${moment}`,
    // A run that keeps failing is overtaken by the next due moment anyway.
    maxAttempts: 3,
  };
}

export function periodicHandler(task: PeriodicTask): JobHandler {
  return {
    type: task.name,
    handle: ({ tx, now, log, job }) =>
      task.run({
        tx,
        now,
        log,
        dueAt: new Date(String(job.payload.dueAt)),
        zone: typeof job.payload.zone === 'string' ? job.payload.zone : null,
      }),
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function zonedParts(instant: Date, zone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

/** The instant a local time in `zone` names (the later one in a repeated hour). */
function zonedTimeToUtc(local: LocalTime, zone: string): Date {
  const wanted = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  let guess = wanted;
  for (let step = 0; step < 3; step++) {
    const seen = zonedParts(new Date(guess), zone);
    const difference =
      wanted - Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    if (difference === 0) break;
    guess += difference;
  }
  return new Date(guess);
}
