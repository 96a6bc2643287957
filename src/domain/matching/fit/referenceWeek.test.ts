import { describe, expect, it } from 'vitest';
import type { IsoWeekday, WorkDay } from './person';
import {
  referenceMondayMs,
  weeklyOverlap,
  weeklyUtcIntervals,
  zoneOffsetMinutes,
} from './referenceWeek';
import { days } from './testing/people';

const monday = (date: string) => referenceMondayMs(new Date(`${date}T12:00:00Z`));
const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5];

function overlap(
  date: string,
  a: { zone: string; pattern: WorkDay[] },
  b: { zone: string; pattern: WorkDay[] },
) {
  const m = monday(date);
  return weeklyOverlap(
    weeklyUtcIntervals(a.zone, a.pattern, m),
    weeklyUtcIntervals(b.zone, b.pattern, m),
  );
}

describe('zone offsets', () => {
  it.each([
    ['Europe/Brussels', '2026-01-15T12:00:00Z', 60],
    ['Europe/Brussels', '2026-07-15T12:00:00Z', 120],
    ['America/New_York', '2026-03-02T12:00:00Z', -300],
    ['America/New_York', '2026-03-09T12:00:00Z', -240],
    ['Asia/Kolkata', '2026-03-02T12:00:00Z', 330],
    ['UTC', '2026-03-02T12:00:00Z', 0],
  ])('%s at %s is %i minutes', (zone, instant, expected) => {
    expect(zoneOffsetMinutes(zone, Date.parse(instant))).toBe(expected);
  });
});

describe('reference Monday', () => {
  it.each([
    ['2026-03-02', '2026-03-02'],
    ['2026-03-04', '2026-03-02'],
    ['2026-03-08', '2026-03-02'],
    ['2026-03-09', '2026-03-09'],
  ])('the week of %s starts on %s', (date, expected) => {
    expect(new Date(monday(date)).toISOString().slice(0, 10)).toBe(expected);
  });
});

describe('weekly working-hours overlap in real time', () => {
  const nineToFive = days(WEEKDAYS, 'home');
  it.each([
    {
      title: 'same zone, same hours: the whole working week',
      date: '2026-03-04',
      a: { zone: 'Europe/Brussels', pattern: nineToFive },
      b: { zone: 'Europe/Brussels', pattern: nineToFive },
      total: 5 * 480,
      longest: 480,
    },
    {
      title: 'Brussels and New York, six hours apart: two hours a day',
      date: '2026-03-04',
      a: { zone: 'Europe/Brussels', pattern: nineToFive },
      b: { zone: 'America/New_York', pattern: nineToFive },
      total: 5 * 120,
      longest: 120,
    },
    {
      title: 'New York already on summer time, Brussels not yet: three hours a day',
      date: '2026-03-11',
      a: { zone: 'Europe/Brussels', pattern: nineToFive },
      b: { zone: 'America/New_York', pattern: nineToFive },
      total: 5 * 180,
      longest: 180,
    },
    {
      title: 'Brussels and Tokyo office hours never meet',
      date: '2026-03-04',
      a: { zone: 'Europe/Brussels', pattern: nineToFive },
      b: { zone: 'Asia/Tokyo', pattern: nineToFive },
      total: 0,
      longest: 0,
    },
    {
      title: 'a Sunday night shift meets Monday morning in Tokyo across the week boundary',
      date: '2026-03-04',
      a: { zone: 'UTC', pattern: days([7], 'home', undefined, 22 * 60, 2 * 60) },
      b: { zone: 'Asia/Tokyo', pattern: days([1], 'home', undefined, 8 * 60, 11 * 60) },
      total: 180,
      longest: 180,
    },
    {
      title: 'split shifts count separately for the longest stretch',
      date: '2026-03-04',
      a: {
        zone: 'Europe/Brussels',
        pattern: [
          ...days([1], 'home', undefined, 9 * 60, 10 * 60),
          ...days([1], 'home', undefined, 11 * 60, 12 * 60),
        ],
      },
      b: { zone: 'Europe/Brussels', pattern: days([1], 'home') },
      total: 120,
      longest: 60,
    },
  ])('$title', ({ date, a, b, total, longest }) => {
    expect(overlap(date, a, b)).toEqual({ total, longest });
    expect(overlap(date, b, a)).toEqual({ total, longest });
  });

  it('a day lost to the spring-forward switch is an hour shorter', () => {
    // Europe switches on Sunday 29 March 2026 at 02:00.
    const night = days([7], 'home', undefined, 0, 6 * 60);
    const [interval] = weeklyUtcIntervals('Europe/Brussels', night, monday('2026-03-25'));
    expect(interval[1] - interval[0]).toBe(5 * 60);
  });
});
