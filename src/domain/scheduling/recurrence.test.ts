import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWeeklyRule, endOfLocalDay, expandWeekly, parseWeeklyRule } from './recurrence';
import { videoLink } from './videoLink';

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('weekly series', () => {
  it('writes FREQ=WEEKLY with INTERVAL, BYDAY and UNTIL or COUNT', () => {
    expect(
      buildWeeklyRule({
        intervalWeeks: 2,
        byDay: [4, 2],
        until: new Date('2027-06-30T21:59:59Z'),
        count: null,
      }),
    ).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630T215959Z');
    expect(buildWeeklyRule({ intervalWeeks: 1, byDay: [1], until: null, count: 10 })).toBe(
      'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=10',
    );
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(
        fc.record({
          intervalWeeks: fc.integer({ min: 1, max: 8 }),
          byDay: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
          until: fc.option(fc.integer({ min: 1_700_000_000, max: 2_100_000_000 })),
          count: fc.integer({ min: 1, max: 500 }),
        }),
        ({ intervalWeeks, byDay, until, count }) => {
          const rule = {
            intervalWeeks,
            byDay: [...byDay].sort((a, b) => a - b) as (1 | 2 | 3 | 4 | 5 | 6 | 7)[],
            until: until === null ? null : new Date(until * 1000),
            count: until === null ? count : null,
          };
          expect(parseWeeklyRule(buildWeeklyRule(rule))).toEqual(rule);
        },
      ),
    );
  });

  it('refuses rules it does not write', () => {
    expect(parseWeeklyRule('FREQ=DAILY')).toBeNull();
    expect(parseWeeklyRule('FREQ=WEEKLY;INTERVAL=0')).toBeNull();
    expect(parseWeeklyRule('FREQ=WEEKLY;BYDAY=XX')).toBeNull();
  });

  it('keeps a weekly 09:00 at 09:00 in Brussels over the March change', () => {
    const rule = parseWeeklyRule('FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=3')!;
    const starts = expandWeekly({
      startsAt: new Date('2027-03-22T08:00:00Z'),
      timeZone: 'Europe/Brussels',
      rule,
      to: new Date('2028-01-01T00:00:00Z'),
      limit: 10,
    });
    expect(iso(starts)).toEqual([
      '2027-03-22T08:00:00.000Z',
      '2027-03-29T07:00:00.000Z',
      '2027-04-05T07:00:00.000Z',
    ]);
  });

  it('keeps a fortnightly talk at its hour over the October change, up to its last day', () => {
    const until = endOfLocalDay('Europe/Brussels', '2027-11-08')!;
    expect(until.toISOString()).toBe('2027-11-08T22:59:59.000Z');
    const starts = expandWeekly({
      startsAt: new Date('2027-10-11T12:30:00Z'),
      timeZone: 'Europe/Brussels',
      rule: { intervalWeeks: 2, byDay: [1], until, count: null },
      to: new Date('2028-01-01T00:00:00Z'),
      limit: 10,
    });
    expect(iso(starts)).toEqual([
      '2027-10-11T12:30:00.000Z',
      '2027-10-25T12:30:00.000Z',
      '2027-11-08T13:30:00.000Z',
    ]);
  });

  it('moves an occurrence the switch skips forward by the gap, on both sides of UTC', () => {
    const weekly = (startsAt: string, timeZone: string) =>
      iso(
        expandWeekly({
          startsAt: new Date(startsAt),
          timeZone,
          rule: { intervalWeeks: 1, byDay: [], until: null, count: 3 },
          to: new Date('2028-01-01T00:00:00Z'),
          limit: 3,
        }),
      );
    // 02:30 on 28 March 2027 does not exist in Brussels: it is 03:30 CEST.
    expect(weekly('2027-03-21T01:30:00Z', 'Europe/Brussels')).toEqual([
      '2027-03-21T01:30:00.000Z',
      '2027-03-28T01:30:00.000Z',
      '2027-04-04T00:30:00.000Z',
    ]);
    // 02:30 on 14 March 2027 does not exist in New York: it is 03:30 EDT.
    expect(weekly('2027-03-07T07:30:00Z', 'America/New_York')).toEqual([
      '2027-03-07T07:30:00.000Z',
      '2027-03-14T07:30:00.000Z',
      '2027-03-21T06:30:00.000Z',
    ]);
  });

  it('follows New York’s own change, not Europe’s', () => {
    const starts = expandWeekly({
      startsAt: new Date('2027-03-08T14:00:00Z'),
      timeZone: 'America/New_York',
      rule: { intervalWeeks: 1, byDay: [1], until: null, count: null },
      to: new Date('2027-03-16T00:00:00Z'),
      limit: 10,
    });
    expect(iso(starts)).toEqual(['2027-03-08T14:00:00.000Z', '2027-03-15T13:00:00.000Z']);
  });

  it('meets on every listed day, never before the first', () => {
    const starts = expandWeekly({
      startsAt: new Date('2027-03-03T09:00:00Z'),
      timeZone: 'UTC',
      rule: { intervalWeeks: 1, byDay: [1, 3, 5], until: null, count: 4 },
      to: new Date('2028-01-01T00:00:00Z'),
      limit: 10,
    });
    expect(iso(starts)).toEqual([
      '2027-03-03T09:00:00.000Z',
      '2027-03-05T09:00:00.000Z',
      '2027-03-08T09:00:00.000Z',
      '2027-03-10T09:00:00.000Z',
    ]);
  });
});

describe('videoLink', () => {
  it('puts the meeting id into the organisation’s template', () => {
    expect(videoLink('https://video.example/room/{id}?x=1', 'abc')).toBe(
      'https://video.example/room/abc?x=1',
    );
  });
  it('uses one fixed room for a template without {id}', () => {
    expect(videoLink('https://teams.example/standing', 'abc')).toBe(
      'https://teams.example/standing',
    );
  });
  it('falls back to Jitsi Meet', () => {
    expect(videoLink(null, 'abc')).toBe('https://meet.jit.si/samen-abc');
    expect(videoLink('  ', 'abc')).toBe('https://meet.jit.si/samen-abc');
  });
});

describe('weekly series properties', () => {
  const zones = ['Europe/Brussels', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'];
  const wall = (zone: string, date: Date) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(date);

  it('meets on the same weekday at the same local time, every n weeks, in any zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 7 * 4, max: 18 * 4 }),
        fc.integer({ min: 1, max: 4 }),
        (timeZone, dayMs, quarter, intervalWeeks) => {
          // A start between 07:00 and 18:00 UTC on the clock, away from the night-time switches.
          const startsAt = new Date(
            Math.floor(dayMs / 86_400_000) * 86_400_000 + quarter * 900_000,
          );
          const local = wall(timeZone, startsAt);
          if (Number(local.slice(-5, -3)) < 6 || Number(local.slice(-5, -3)) > 21) return;
          const starts = expandWeekly({
            startsAt,
            timeZone,
            rule: { intervalWeeks, byDay: [], until: null, count: 30 },
            to: new Date(startsAt.getTime() + 3 * 366 * 86_400_000),
            limit: 30,
          });
          expect(starts).toHaveLength(30);
          for (const [i, start] of starts.entries()) {
            expect(wall(timeZone, start)).toBe(local);
            if (i > 0) {
              const days = (start.getTime() - starts[i - 1].getTime()) / 86_400_000;
              expect(Math.abs(days - 7 * intervalWeeks)).toBeLessThanOrEqual(1 / 24 + 1e-9);
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
