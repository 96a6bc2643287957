import type { Sql } from '../db/client';
import type { EnqueueOptions } from './enqueue';
import type { JobHandler, JobLog } from './handlers';

/** Every n minutes (aligned to UTC multiples of n), or weekly at a local time in a time zone. */
export type Every =
  | { minutes: number }
  /** weekday: 1 = Monday … 7 = Sunday; at: 'HH:MM' local time in `zone` (an IANA name). */
  | { weekly: { weekday: number; at: string; zone: string } };

export interface PeriodicContext {
  /** The job's transaction: do all database work through it (see JobHandler). */
  tx: Sql;
  now: Date;
  /** The moment this run is for (one run per due moment, however many instances run). */
  dueAt: Date;
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

/** The latest moment at or before `now` the task was due. */
export function latestDueMoment(every: Every, now: Date): Date {
  if ('minutes' in every) {
    const interval = every.minutes * 60_000;
    return new Date(Math.floor(now.getTime() / interval) * interval);
  }
  const { weekday, at, zone } = every.weekly;
  const [hour, minute] = at.split(':').map(Number);
  const today = zonedParts(now, zone);
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
      zone,
    );
    if (due.getTime() <= now.getTime()) return due;
  }
  throw new Error(`no weekly due moment found for ${JSON.stringify(every)}`);
}

/** The job that runs the task for its latest due moment; null when that was missed too long ago. */
export function periodicJob(task: PeriodicTask, now: Date): EnqueueOptions | null {
  const dueAt = latestDueMoment(task.every, now);
  if ('weekly' in task.every && now.getTime() - dueAt.getTime() > WEEKLY_CATCH_UP_MS) return null;
  return {
    type: task.name,
    payload: { dueAt: dueAt.toISOString() },
    runAt: dueAt,
    uniqueKey: `periodic:${task.name}:${dueAt.toISOString()}`,
    // A run that keeps failing is overtaken by the next due moment anyway.
    maxAttempts: 3,
  };
}

export function periodicHandler(task: PeriodicTask): JobHandler {
  return {
    type: task.name,
    handle: ({ tx, now, log, job }) =>
      task.run({ tx, now, log, dueAt: new Date(String(job.payload.dueAt)) }),
  };
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
