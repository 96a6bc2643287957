import { describe, expect, it } from 'vitest';
import { programmeKinds } from './kinds';
import { checkProgrammeSettings } from './settings';
import { programmeTemplate, weightedFactors } from './templates';

describe('programme templates and settings', () => {
  it('gives every kind a template that passes its own checks', () => {
    for (const kind of programmeKinds) {
      expect(checkProgrammeSettings(kind, programmeTemplate(kind))).toEqual([]);
    }
    expect(programmeTemplate('coffee').schedule).toEqual({
      weekday: 1,
      time: '09:00',
      intervalWeeks: 1,
    });
    expect(programmeTemplate('buddy').pairingWeeks).toBe(26);
    expect(programmeTemplate('mentoring').meetingIntervalWeeks).toBe(2);
  });

  it('offers the fit factors each kind weighs, with its defaults', () => {
    expect(weightedFactors('coffee')).toContain('teamMix');
    expect(weightedFactors('coffee')).not.toContain('seniority');
    expect(programmeTemplate('mentoring').weights.skillsForward).toBe(5);
  });

  it('names every wrong field at once', () => {
    const bad = {
      ...programmeTemplate('coffee'),
      name: { nl: ' ', en: 'Coffee' },
      weights: { teamMix: 11, seniority: 1, recency: -1, language: Number.NaN },
      meetingMinutes: 5,
      pairingWeeks: 200,
      groupSize: 5,
      audience: { roles: ['boss' as 'admin'], minTenureDays: 1.5, teamIds: ['a', 'a'] },
      schedule: { weekday: 8, time: '24:00', intervalWeeks: 0 },
    };
    expect(checkProgrammeSettings('coffee', bad)).toEqual([
      { field: 'name.nl', code: 'required' },
      { field: 'weights.teamMix', code: 'too_large', params: { max: 10 } },
      { field: 'weights.seniority', code: 'unknown' },
      { field: 'weights.recency', code: 'too_small', params: { min: 0 } },
      { field: 'weights.language', code: 'invalid' },
      { field: 'meetingMinutes', code: 'too_small', params: { min: 10 } },
      { field: 'pairingWeeks', code: 'too_large', params: { max: 104 } },
      { field: 'groupSize', code: 'too_large', params: { max: 4 } },
      { field: 'audience.minTenureDays', code: 'invalid' },
      { field: 'audience.roles', code: 'one_of', params: { allowed: 'employee, manager, admin' } },
      { field: 'audience.teamIds', code: 'duplicate' },
      { field: 'schedule.weekday', code: 'too_large', params: { max: 7 } },
      { field: 'schedule.intervalWeeks', code: 'too_small', params: { min: 1 } },
      { field: 'schedule.time', code: 'clock_time' },
    ]);
  });

  it('allows groups only in coffee', () => {
    expect(
      checkProgrammeSettings('buddy', { ...programmeTemplate('buddy'), groupSize: 3 }),
    ).toEqual([{ field: 'groupSize', code: 'one_of', params: { allowed: '2' } }]);
    expect(
      checkProgrammeSettings('coffee', { ...programmeTemplate('coffee'), groupSize: 4 }),
    ).toEqual([]);
  });
});
