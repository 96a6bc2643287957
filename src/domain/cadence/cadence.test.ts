import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CadenceOverride,
  cadenceFor,
  defaultCadenceSettings,
  heldOnTime,
  isOverdue,
  nextDueDate,
  proposeCadence,
  type SupportNeed,
} from './cadence';
import { addDays, daysBetween, earlierDay, isCalendarDay, laterDay } from './calendarDay';
import { isGoalAtRisk, remoteShare } from './goalRisk';

const today = '2026-11-27';
const settings = defaultCadenceSettings;
const override: CadenceOverride = { weeks: 3, reason: 'New project' };

describe('cadenceFor', () => {
  const cases: [
    string,
    SupportNeed,
    string | null,
    CadenceOverride | null,
    { weeks: number; source: string },
  ][] = [
    ['autonomous', 1, '2020-01-01', null, { weeks: 6, source: 'support_need' }],
    ['fairly autonomous', 2, '2020-01-01', null, { weeks: 4, source: 'support_need' }],
    ['in between', 3, null, null, { weeks: 3, source: 'support_need' }],
    ['more support', 4, '2020-01-01', null, { weeks: 2, source: 'support_need' }],
    ['close support', 5, '2020-01-01', null, { weeks: 1, source: 'support_need' }],
    ['new joiner starts closer', 1, '2026-10-01', null, { weeks: 1, source: 'new_joiner' }],
    ['new joiner on day one', 3, today, null, { weeks: 1, source: 'new_joiner' }],
    [
      'no longer new after 90 days',
      1,
      addDays(today, -90),
      null,
      { weeks: 6, source: 'support_need' },
    ],
    [
      'starting in the future is not new yet',
      1,
      '2027-01-01',
      null,
      { weeks: 6, source: 'support_need' },
    ],
    [
      'close support new joiner keeps weekly',
      5,
      '2026-11-01',
      null,
      { weeks: 1, source: 'support_need' },
    ],
    [
      'override wins over support need',
      1,
      '2020-01-01',
      override,
      { weeks: 3, source: 'override' },
    ],
    ['override wins over new joiner', 1, '2026-11-20', override, { weeks: 3, source: 'override' }],
  ];
  it.each(cases)('%s', (_name, supportNeed, startDate, chosen, expected) => {
    expect(cadenceFor({ supportNeed, startDate, override: chosen, settings, today })).toMatchObject(
      expected,
    );
  });

  it('carries the manager reason only with an override', () => {
    expect(cadenceFor({ supportNeed: 2, startDate: null, override, settings, today }).reason).toBe(
      'New project',
    );
    expect(
      cadenceFor({ supportNeed: 2, startDate: null, override: null, settings, today }).reason,
    ).toBeNull();
  });

  it('follows organisation settings', () => {
    const custom = {
      weeksBySupportNeed: [8, 6, 4, 2, 2] as const,
      newJoinerDays: 30,
      newJoinerWeeks: 2,
    };
    expect(
      cadenceFor({
        supportNeed: 1,
        startDate: '2026-11-01',
        override: null,
        settings: custom,
        today,
      }),
    ).toMatchObject({ weeks: 2, source: 'new_joiner' });
    expect(
      cadenceFor({
        supportNeed: 1,
        startDate: '2026-10-01',
        override: null,
        settings: custom,
        today,
      }),
    ).toMatchObject({ weeks: 8, source: 'support_need' });
  });
});

describe('nextDueDate and isOverdue', () => {
  const cases: [string, Parameters<typeof nextDueDate>[0], string, boolean][] = [
    [
      'a planned date wins',
      { plannedOn: '2026-12-03', lastHeldOn: '2026-01-01', startDate: null, weeks: 1, today },
      '2026-12-03',
      false,
    ],
    [
      'one rhythm after the last held',
      { plannedOn: null, lastHeldOn: '2026-11-01', startDate: null, weeks: 2, today },
      '2026-11-15',
      true,
    ],
    [
      'due today is not overdue',
      { plannedOn: null, lastHeldOn: '2026-11-13', startDate: null, weeks: 2, today },
      today,
      false,
    ],
    [
      'none held: after the start date',
      { plannedOn: null, lastHeldOn: null, startDate: '2026-11-20', weeks: 1, today },
      '2026-11-27',
      false,
    ],
    [
      'none held, start unknown: today',
      { plannedOn: null, lastHeldOn: null, startDate: null, weeks: 6, today },
      today,
      false,
    ],
    [
      'a planned date in the past is overdue',
      { plannedOn: '2026-11-26', lastHeldOn: null, startDate: null, weeks: 6, today },
      '2026-11-26',
      true,
    ],
  ];
  it.each(cases)('%s', (_name, input, due, overdue) => {
    expect(nextDueDate(input)).toBe(due);
    expect(isOverdue(nextDueDate(input), today)).toBe(overdue);
  });
});

describe('proposeCadence', () => {
  const cases: [number, 'more' | 'same' | 'less', number | null][] = [
    [6, 'more', 4],
    [6, 'less', 8],
    [6, 'same', null],
    [1, 'more', null],
    [12, 'less', null],
    [5, 'more', 4],
    [5, 'less', 6],
    [2, 'less', 3],
  ];
  it.each(cases)('every %i weeks, answer %s → %s', (weeks, answer, proposed) => {
    expect(proposeCadence(weeks, answer)).toBe(proposed);
  });
});

describe('on time', () => {
  it.each([
    ['2026-11-20', '2026-11-20', true],
    ['2026-11-19', '2026-11-20', true],
    ['2026-11-21', '2026-11-20', false],
  ])('held %s, due %s → %s', (held, due, onTime) => {
    expect(heldOnTime(held, due)).toBe(onTime);
  });
});

describe('calendar days', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['26-01-01', false],
    ['2026-1-1', false],
  ])('%s is a calendar day: %s', (value, valid) => {
    expect(isCalendarDay(value)).toBe(valid);
  });

  it('picks the later and the earlier of two days', () => {
    expect(laterDay('2026-12-01', '2026-11-30')).toBe('2026-12-01');
    expect(earlierDay('2026-12-01', '2026-11-30')).toBe('2026-11-30');
  });

  it('adds days across month, year and DST ends', () => {
    expect(addDays('2026-10-24', 7)).toBe('2026-10-31');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('goals at risk', () => {
  const goal = { status: 'in_progress' as const, progress: 30, targetDate: null, updatedOn: today };
  it.each([
    ['past its target', { ...goal, targetDate: '2026-11-26' }, true],
    ['target today', { ...goal, targetDate: today }, false],
    ['done past its target', { ...goal, status: 'done' as const, targetDate: '2026-01-01' }, false],
    [
      'dropped past its target',
      { ...goal, status: 'dropped' as const, targetDate: '2026-01-01' },
      false,
    ],
    ['no progress for 8 weeks', { ...goal, progress: 0, updatedOn: addDays(today, -56) }, true],
    ['no progress for 7 weeks', { ...goal, progress: 0, updatedOn: addDays(today, -49) }, false],
    ['some progress long ago', { ...goal, progress: 10, updatedOn: '2025-01-01' }, false],
  ])('%s → %s', (_name, state, atRisk) => {
    expect(isGoalAtRisk(state, today)).toBe(atRisk);
  });
});

describe('remoteShare', () => {
  it.each([
    [['home', 'home', 'office', 'office', 'off'] as const, 0.5],
    [['home', 'home', 'home', 'home', 'home'] as const, 1],
    [['office'] as const, 0],
    [['off', 'off'] as const, null],
    [[] as const, null],
  ])('%j → %s', (modes, share) => {
    expect(remoteShare(modes)).toBe(share);
  });
});

describe('properties', () => {
  it('a proposal moves in the direction asked and stays within the steps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 26 }),
        fc.constantFrom('more', 'less'),
        (weeks, answer) => {
          const proposed = proposeCadence(weeks, answer as 'more' | 'less');
          if (proposed === null) return;
          expect(answer === 'more' ? proposed < weeks : proposed > weeks).toBe(true);
          expect(proposed).toBeGreaterThanOrEqual(1);
          expect(proposed).toBeLessThanOrEqual(12);
        },
      ),
    );
  });

  it('the due date is never before the last check-in held', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 26 }),
        (offset, weeks) => {
          const lastHeldOn = addDays('2020-01-01', offset);
          const due = nextDueDate({ plannedOn: null, lastHeldOn, startDate: null, weeks, today });
          expect(daysBetween(lastHeldOn, due)).toBe(weeks * 7);
        },
      ),
    );
  });
});
