import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextRoundAt } from './schedule';

const monday9 = { weekday: 1, time: '09:00', intervalWeeks: 1 };

function localParts(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return { weekday: get('weekday'), time: `${get('hour')}:${get('minute')}` };
}

describe('nextRoundAt', () => {
  it('takes the next Monday 09:00 local time, summer and winter', () => {
    // Wednesday 2026-03-25; Brussels moves to summer time on Sunday 29 March.
    const before = nextRoundAt(monday9, 'Europe/Brussels', new Date('2026-03-25T12:00:00Z'));
    expect(before.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    const winter = nextRoundAt(monday9, 'Europe/Brussels', new Date('2026-03-18T12:00:00Z'));
    expect(winter.toISOString()).toBe('2026-03-23T08:00:00.000Z');
    // Autumn: Brussels falls back on 25 October 2026.
    const autumn = nextRoundAt(
      monday9,
      'Europe/Brussels',
      new Date('2026-10-19T07:00:00Z'),
      new Date('2026-10-19T07:00:00Z'),
    );
    expect(autumn.toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('is strictly after the given moment, also at the scheduled minute itself', () => {
    const at = new Date('2026-03-23T08:00:00Z');
    expect(nextRoundAt(monday9, 'Europe/Brussels', at).toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    const sameDayEarlier = new Date('2026-03-23T07:59:00Z');
    expect(nextRoundAt(monday9, 'Europe/Brussels', sameDayEarlier).toISOString()).toBe(
      '2026-03-23T08:00:00.000Z',
    );
  });

  it('keeps the rhythm of every two weeks from the previous round and skips missed ones', () => {
    const schedule = { weekday: 1, time: '09:00', intervalWeeks: 2 };
    const previous = new Date('2026-03-23T08:00:00Z');
    expect(nextRoundAt(schedule, 'Europe/Brussels', previous, previous).toISOString()).toBe(
      '2026-04-06T07:00:00.000Z',
    );
    const late = new Date('2026-04-20T12:00:00Z');
    expect(nextRoundAt(schedule, 'Europe/Brussels', late, previous).toISOString()).toBe(
      '2026-05-04T07:00:00.000Z',
    );
  });

  it('always lands on the weekday and wall-clock time, after the given moment', () => {
    const zones = ['Europe/Brussels', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'];
    const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (zone, weekday, hour, minute, afterMs, intervalWeeks, withPrevious) => {
          // Skip the hour a spring-forward removes: that wall-clock time does not exist.
          fc.pre(hour !== 2);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const after = new Date(afterMs);
          const previous = withPrevious ? new Date(afterMs - 3 * 86_400_000) : null;
          const next = nextRoundAt({ weekday, time, intervalWeeks }, zone, after, previous);
          expect(next.getTime()).toBeGreaterThan(after.getTime());
          expect(localParts(next, zone)).toEqual({ weekday: names[weekday - 1], time });
          if (!previous)
            expect(next.getTime() - after.getTime()).toBeLessThanOrEqual(8 * 86_400_000);
        },
      ),
    );
  });
});
