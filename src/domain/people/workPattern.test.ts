import { describe, expect, it } from 'vitest';
import { checkWorkPattern, completeWeek, type WorkDayInput } from './workPattern';

const site = '00000000-0000-4000-8000-000000000001';

function week(overrides: Record<number, Partial<WorkDayInput>> = {}): WorkDayInput[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    mode: weekday <= 5 ? 'home' : 'off',
    startTime: '09:00',
    endTime: '17:00',
    ...overrides[weekday],
  }));
}

describe('checkWorkPattern', () => {
  it('turns a valid week into minutes, sorted by weekday', () => {
    const input = week({
      2: { mode: 'office', siteId: site, startTime: '08:30', endTime: '24:00' },
    });
    const { days, problems } = checkWorkPattern([...input].reverse());
    expect(problems).toEqual([]);
    expect(days.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(days[1]).toEqual({
      weekday: 2,
      mode: 'office',
      siteId: site,
      startMinute: 510,
      endMinute: 1440,
    });
  });

  it('fills in office hours when a day gives none', () => {
    const { days } = checkWorkPattern(week({ 6: { startTime: undefined, endTime: undefined } }));
    expect(days[5]).toMatchObject({ startMinute: 540, endMinute: 1020 });
  });

  it('names the day and field of each problem', () => {
    const { problems } = checkWorkPattern(
      week({
        1: { mode: 'office' },
        2: { mode: 'home', siteId: site },
        3: { startTime: '17:00', endTime: '09:00' },
        4: { startTime: '9:00' },
        5: { endTime: '00:00' },
      }),
    );
    expect(problems).toEqual([
      { path: '0.siteId', code: 'required' },
      { path: '1.siteId', code: 'site_not_office' },
      { path: '2.endTime', code: 'working_hours' },
      { path: '3.startTime', code: 'clock_time' },
      { path: '4.endTime', code: 'clock_time' },
    ]);
  });

  it('refuses a weekday given twice', () => {
    const input = week();
    input[6] = { ...input[6], weekday: 3 };
    expect(checkWorkPattern(input).problems).toEqual([{ path: '6.weekday', code: 'duplicate' }]);
  });

  it('refuses a week with days missing', () => {
    expect(checkWorkPattern(week().slice(0, 5)).problems).toEqual([
      { path: '', code: 'whole_week' },
    ]);
  });
});

describe('completeWeek', () => {
  it('gives every weekday, a missing one as a day off', () => {
    const days = completeWeek([
      { weekday: 3, mode: 'office', siteId: site, startMinute: 480, endMinute: 960 },
    ]);
    expect(days).toHaveLength(7);
    expect(days[2].mode).toBe('office');
    expect(days[0]).toEqual({
      weekday: 1,
      mode: 'off',
      siteId: null,
      startMinute: 540,
      endMinute: 1020,
    });
  });
});
