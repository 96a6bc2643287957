import { describe, expect, it } from 'vitest';
import { inAudience } from './audience';

const now = new Date('2026-06-01T10:00:00Z');
const person = { teamId: 'sales-be', siteId: 'gent', role: 'employee', startDate: '2026-05-01' };
const tree = new Map<string, string | null>([
  ['sales-be', 'sales'],
  ['sales', null],
  ['it', null],
]);

describe('inAudience', () => {
  it('takes everyone when the audience is empty', () => {
    expect(inAudience(person, {}, now)).toBe(true);
    expect(inAudience({ ...person, teamId: null, startDate: null }, {}, now)).toBe(true);
  });

  it('includes the sub-teams of a chosen team', () => {
    expect(inAudience(person, { teamIds: ['sales'] }, now, tree)).toBe(true);
    expect(inAudience(person, { teamIds: ['it'] }, now, tree)).toBe(false);
    expect(inAudience({ ...person, teamId: null }, { teamIds: ['sales'] }, now, tree)).toBe(false);
  });

  it('filters on site and role', () => {
    expect(inAudience(person, { siteIds: ['gent', 'liege'] }, now)).toBe(true);
    expect(inAudience(person, { siteIds: ['liege'] }, now)).toBe(false);
    expect(inAudience(person, { roles: ['manager'] }, now)).toBe(false);
    expect(inAudience(person, { roles: ['employee', 'manager'] }, now)).toBe(true);
  });

  it('counts tenure and newcomers by start date, and not without one', () => {
    expect(inAudience(person, { startedWithinDays: 31 }, now)).toBe(true);
    expect(inAudience(person, { startedWithinDays: 30 }, now)).toBe(false);
    expect(inAudience({ ...person, startDate: '2026-07-01' }, { startedWithinDays: 30 }, now)).toBe(
      true,
    );
    expect(inAudience(person, { minTenureDays: 31 }, now)).toBe(true);
    expect(inAudience(person, { minTenureDays: 32 }, now)).toBe(false);
    expect(inAudience({ ...person, startDate: null }, { minTenureDays: 0 }, now)).toBe(false);
    expect(inAudience({ ...person, startDate: null }, { startedWithinDays: 90 }, now)).toBe(false);
  });

  it('survives a cycle in the team tree', () => {
    const loop = new Map([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(inAudience({ ...person, teamId: 'a' }, { teamIds: ['c'] }, now, loop)).toBe(false);
  });
});
