import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  latestDueMoment,
  ORGANISATION_ZONES,
  type PeriodicTask,
  periodicJob,
  periodicJobs,
} from './periodic';

const localTime = (at: Date, zone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);

const digest: PeriodicTask = {
  name: 'digest.weekly',
  every: { weekly: { weekday: 1, at: '08:00', zone: 'Europe/Brussels' } },
  run: async () => undefined,
};

describe('latestDueMoment', () => {
  it('rounds down to the interval for minute schedules', () => {
    expect(latestDueMoment({ minutes: 15 }, new Date('2026-11-27T10:44:59.999Z'))).toEqual(
      new Date('2026-11-27T10:30:00.000Z'),
    );
    expect(latestDueMoment({ minutes: 1 }, new Date('2026-11-27T10:44:00.000Z'))).toEqual(
      new Date('2026-11-27T10:44:00.000Z'),
    );
  });

  it('finds the last Monday 08:00 in the zone, in winter and in summer time', () => {
    // Friday 27 November 2026: Monday the 23rd, 08:00 in Brussels is 07:00 UTC.
    expect(latestDueMoment(digest.every, new Date('2026-11-27T12:00:00Z'))).toEqual(
      new Date('2026-11-23T07:00:00Z'),
    );
    // Summer time: 08:00 in Brussels is 06:00 UTC.
    expect(latestDueMoment(digest.every, new Date('2026-06-10T12:00:00Z'))).toEqual(
      new Date('2026-06-08T06:00:00Z'),
    );
    // Monday before 08:00 local: still last week's.
    expect(latestDueMoment(digest.every, new Date('2026-11-30T06:59:59Z'))).toEqual(
      new Date('2026-11-23T07:00:00Z'),
    );
    expect(latestDueMoment(digest.every, new Date('2026-11-30T07:00:00Z'))).toEqual(
      new Date('2026-11-30T07:00:00Z'),
    );
  });

  it('is always a past Monday 08:00 local, less than a week ago', () => {
    const zones = ['Europe/Brussels', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (now, zone) => {
          const due = latestDueMoment({ weekly: { weekday: 1, at: '08:00', zone } }, now);
          expect(due.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(now.getTime() - due.getTime()).toBeLessThan(7 * 24 * 60 * 60_000);
          expect(localTime(due, zone)).toBe('Mon 08:00');
        },
      ),
    );
  });
});

describe('periodicJob', () => {
  it('keys the job by its due moment, so every instance enqueues the same one', () => {
    const job = periodicJob(digest, new Date('2026-11-30T07:10:00Z'));
    expect(job).toMatchObject({
      type: 'digest.weekly',
      uniqueKey: 'periodic:digest.weekly:2026-11-30T07:00:00.000Z',
      runAt: new Date('2026-11-30T07:00:00Z'),
    });
    expect(periodicJob(digest, new Date('2026-11-30T07:59:00Z'))?.uniqueKey).toBe(job?.uniqueKey);
  });

  it('skips a weekly run missed by more than half a day', () => {
    expect(periodicJob(digest, new Date('2026-11-30T19:00:00Z'))).not.toBeNull();
    expect(periodicJob(digest, new Date('2026-11-30T19:00:01Z'))).toBeNull();
  });

  it('makes one job per organisation zone for a task in their zones, keyed by zone', () => {
    const perZone: PeriodicTask = {
      ...digest,
      every: { weekly: { weekday: 1, at: '08:00', zone: ORGANISATION_ZONES } },
    };
    const jobs = periodicJobs(perZone, new Date('2026-11-30T07:30:00Z'), [
      'Europe/Brussels',
      'Asia/Tokyo',
      'America/New_York',
      'Not/A_Zone',
    ]);
    // New York's Monday 08:00 is still ahead (its last one is a week old); no zone is no run.
    expect(jobs.map((job) => job.uniqueKey)).toEqual([
      'periodic:digest.weekly:Europe/Brussels:2026-11-30T07:00:00.000Z',
      'periodic:digest.weekly:Asia/Tokyo:2026-11-29T23:00:00.000Z',
    ]);
    expect(jobs[1].payload).toEqual({ dueAt: '2026-11-29T23:00:00.000Z', zone: 'Asia/Tokyo' });
    expect(periodicJobs(digest, new Date('2026-11-30T07:30:00Z'), ['Asia/Tokyo'])).toHaveLength(1);
  });
});
