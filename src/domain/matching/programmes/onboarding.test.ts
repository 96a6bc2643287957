import { describe, expect, it } from 'vitest';
import type { MatchPerson } from '../fit';
import { days, NOW, person } from '../fit/testing/people';
import { matchOnboarding } from './onboarding';
import type { OnboardingSettings } from './types';

const round = { now: NOW, seed: 3, siteNames: { gent: 'Gent', luik: 'Luik' } };
const newcomer = (id: string, o: Partial<MatchPerson> = {}) =>
  person(id, { startDate: '2026-02-16', seniority: 1, ...o });
const veteran = (id: string, o: Partial<MatchPerson> = {}) =>
  person(id, { startDate: '2018-09-03', seniority: 3, ...o });
const run = (people: MatchPerson[], settings?: OnboardingSettings) =>
  matchOnboarding({ people, settings, round });

describe('onboarding godparents', () => {
  it('start dates decide who is new and who can be a godparent', () => {
    const result = run([
      newcomer('new'),
      newcomer('starts-next-month', { startDate: '2026-04-01' }),
      person('half-year', { startDate: '2025-09-01' }),
      veteran('vet'),
    ]);
    expect(result.matches.map((m) => m.members)).toEqual([
      ['vet', 'new'],
      ['vet', 'starts-next-month'],
    ]);
    expect(result.unmatched).toEqual([
      { id: 'half-year', reason: { key: 'match.unmatched.notNewcomerOrExperienced', params: {} } },
    ]);
  });

  it('prefers a godparent at the same site and in the same department, and says so', () => {
    const gent = days([1, 2, 3], 'office', 'gent');
    const result = run(
      [
        newcomer('new', { workPattern: gent, departmentId: 'sales' }),
        veteran('near', { workPattern: gent, departmentId: 'sales', teamId: 'other' }),
        veteran('far', {
          workPattern: days([1, 2, 3], 'office', 'luik'),
          departmentId: 'it',
          teamId: 'x',
        }),
      ],
      { fit: { maxReasons: 6 } },
    );
    expect(result.matches.map((m) => m.members)).toEqual([['near', 'new']]);
    const keys = result.matches[0].reasons.map((r) => r.key);
    expect(keys).toHaveLength(6);
    expect(keys.slice(0, 2)).toEqual(['match.reason.longTenure', 'match.reason.sameSite']);
    expect(keys).toContain('match.reason.sameDepartment');
    expect(keys).toContain('match.reason.sameOfficeDay');
    expect(result.matches[0].reasons[1].params).toEqual({ site: 'Gent' });
    expect(result.unmatched).toEqual([
      { id: 'far', reason: { key: 'match.unmatched.partnersTaken', params: {} } },
    ]);
  });

  it('can make same site or department a rule', () => {
    const people = [
      newcomer('new', { workPattern: days([1], 'office', 'gent'), departmentId: 'sales' }),
      veteran('far', { workPattern: days([1], 'office', 'luik'), departmentId: 'it' }),
    ];
    expect(run(people).matches).toHaveLength(1);
    const strict = run(people, { requireSiteOrDepartment: true });
    expect(strict.matches).toEqual([]);
    expect(strict.unmatched.find((u) => u.id === 'new')?.blockedBy).toEqual([
      { key: 'match.blocked.siteOrDepartment', params: {} },
    ]);
  });

  it('godparent capacity defaults to two and zero takes nobody', () => {
    const three = [newcomer('n1'), newcomer('n2'), newcomer('n3')];
    const result = run([veteran('vet'), ...three]);
    expect(result.matches).toHaveLength(2);
    expect(result.unmatched.map((u) => u.reason.key)).toEqual(['match.unmatched.partnersTaken']);
    const none = run([veteran('vet', { capacity: 0 }), ...three]);
    expect(none.matches).toEqual([]);
    expect(none.unmatched).toContainEqual({
      id: 'vet',
      reason: { key: 'match.unmatched.noCapacity', params: {} },
    });
    expect(
      none.unmatched.filter((u) => u.reason.key === 'match.unmatched.noCandidates'),
    ).toHaveLength(3);
  });

  it('rejects impossible settings without throwing', () => {
    const result = run([newcomer('n'), veteran('v')], { newcomerDays: -5 });
    expect(result.unmatched.map((u) => u.reason)).toEqual([
      { key: 'match.unmatched.invalidSettings', params: { field: 'newcomerDays' } },
      { key: 'match.unmatched.invalidSettings', params: { field: 'newcomerDays' } },
    ]);
  });
});
