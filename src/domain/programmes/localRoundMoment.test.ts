import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localRoundMoment, nextRoundAt } from './schedule';

const monday9 = { weekday: 1, time: '09:00', intervalWeeks: 1 };

describe('when a member hears of a scheduled round', () => {
  it.each([
    // Monday 30 November 2026, 09:00 in Brussels is 08:00 UTC.
    ['Europe/Brussels', '2026-11-30T08:00:00.000Z'],
    ['Europe/London', '2026-11-30T09:00:00.000Z'],
    ['America/New_York', '2026-11-30T14:00:00.000Z'],
    ['Asia/Kolkata', '2026-11-30T08:00:00.000Z'], // 09:00 there (03:30 UTC) came earlier
    ['Asia/Tokyo', '2026-11-30T08:00:00.000Z'],
  ])('in %s: at %s', (zone, expected) => {
    const round = new Date('2026-11-30T08:00:00.000Z');
    expect(localRoundMoment(round, 'Europe/Brussels', zone).toISOString()).toBe(expected);
  });

  it('follows each zone’s own summer time: in the weeks the US has switched and Europe not', () => {
    // Monday 22 March 2027: Brussels still UTC+1, New York already UTC-4.
    const round = new Date('2027-03-22T08:00:00.000Z');
    expect(localRoundMoment(round, 'Europe/Brussels', 'America/New_York').toISOString()).toBe(
      '2027-03-22T13:00:00.000Z',
    );
  });

  it('keeps the round’s own clock time when its moment is off the schedule', () => {
    // A round made at 06:30 Brussels time reaches a Londoner at 06:30 London time.
    const round = new Date('2026-11-27T05:30:00.000Z');
    expect(localRoundMoment(round, 'Europe/Brussels', 'Europe/London').toISOString()).toBe(
      '2026-11-27T06:30:00.000Z',
    );
    expect(localRoundMoment(round, 'Europe/Brussels', 'Europe/Brussels')).toEqual(round);
  });

  it('is never before the round and never more than a day after it (property)', () => {
    const zones = [
      'Europe/Brussels',
      'America/Los_Angeles',
      'Asia/Tokyo',
      'Pacific/Auckland',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2026-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.constantFrom('06:30', '09:00', '17:45'),
        (after, orgZone, personZone, time) => {
          const round = nextRoundAt({ ...monday9, time }, orgZone, after);
          const moment = localRoundMoment(round, orgZone, personZone);
          expect(moment.getTime()).toBeGreaterThanOrEqual(round.getTime());
          expect(moment.getTime() - round.getTime()).toBeLessThan(86_400_000);
        },
      ),
    );
  });
});
