import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFitContext } from './context';
import { pairWeight, scorePair } from './score';
import { fitSettingsFor, type ProgrammeKind } from './settings';
import { arbitraryPeople, days, HYBRID_GENT, NOW, person } from './testing/people';

const world = { now: NOW, siteNames: { gent: 'Gent' }, skillNames: { powerbi: 'Power BI' } };

describe('explaining a pair', () => {
  const anna = person('anna', {
    workPattern: HYBRID_GENT,
    skillsOffered: [{ skillId: 'powerbi', level: 5 }],
    seniority: 4,
    startDate: '2019-02-01',
    teamId: 'finance',
    departmentId: 'fin',
  });
  const tom = person('tom', {
    workPattern: [...days([2], 'office', 'gent'), ...days([1, 3, 4, 5], 'home')],
    skillsWanted: [{ skillId: 'powerbi', priority: 3 }],
    seniority: 2,
    startDate: '2025-09-01',
  });
  const ctx = createFitContext([anna, tom], world);

  it('gives the mentoring reasons with their parameters, largest first', () => {
    const fit = scorePair('anna', 'tom', ctx, fitSettingsFor('mentoring'));
    if (!fit.allowed) throw new Error('expected an allowed pair');
    expect(fit.reasons.slice(0, 3).map(({ key, params }) => ({ key, params }))).toEqual([
      {
        key: 'match.reason.skillOfferedWanted',
        params: { learner: 'Tom', teacher: 'Anna', skill: 'Power BI', level: 5 },
      },
      { key: 'match.reason.moreExperienced', params: { senior: 'Anna', junior: 'Tom' } },
      { key: 'match.reason.workingHoursOverlap', params: { count: 40 } },
    ]);
    expect(fit.reasons).toContainEqual(
      expect.objectContaining({
        key: 'match.reason.sameOfficeDay',
        params: { weekday: 2, site: 'Gent' },
      }),
    );
    const effects = fit.reasons.map((r) => Math.abs(r.contribution));
    expect(effects).toEqual([...effects].sort((x, y) => y - x));
  });

  it('the score is the sum of the contributions', () => {
    const fit = scorePair('anna', 'tom', ctx, fitSettingsFor('mentoring'));
    if (!fit.allowed) throw new Error('expected an allowed pair');
    expect(fit.score).toBeCloseTo(
      fit.reasons.reduce((s, r) => s + r.contribution, 0),
      9,
    );
  });

  it('a blocked pair gives every broken rule and no score', () => {
    const boss = person('boss', { doNotPairWith: ['tom'] });
    const report = person('tom', { managerId: 'boss' });
    const c = createFitContext([boss, report], world);
    expect(scorePair('boss', 'tom', c, fitSettingsFor('buddy'))).toEqual({
      allowed: false,
      blocked: [
        { key: 'match.blocked.doNotPair', params: {} },
        { key: 'match.blocked.managerOrReport', params: {} },
      ],
    });
  });

  it('a zero weight removes the factor and its reasons', () => {
    const settings = fitSettingsFor('mentoring', { weights: { skillsForward: 0 } });
    const fit = scorePair('anna', 'tom', ctx, settings);
    if (!fit.allowed) throw new Error('expected an allowed pair');
    expect(fit.reasons.some((r) => r.factor === 'skillsForward')).toBe(false);
  });
});

describe('pair fit properties', () => {
  const kinds: ProgrammeKind[] = ['buddy', 'mentoring', 'reverseMentoring', 'onboarding', 'coffee'];

  it('peer programmes score a pair the same both ways', () => {
    fc.assert(
      fc.property(
        arbitraryPeople(2, 2),
        fc.constantFrom('buddy', 'coffee') as fc.Arbitrary<ProgrammeKind>,
        (people, kind) => {
          const ctx = createFitContext(people, { now: NOW });
          const settings = fitSettingsFor(kind);
          const ab = scorePair('p0', 'p1', ctx, settings);
          const ba = scorePair('p1', 'p0', ctx, settings);
          expect(ab.allowed).toBe(ba.allowed);
          if (ab.allowed && ba.allowed) expect(ab.score).toBeCloseTo(ba.score, 9);
        },
      ),
    );
  });

  it('a do-not-pair wish is never overruled, in any programme', () => {
    fc.assert(
      fc.property(arbitraryPeople(2, 2), fc.constantFrom(...kinds), (people, kind) => {
        people[0] = { ...people[0], doNotPairWith: ['p1'] };
        const ctx = createFitContext(people, { now: NOW });
        expect(scorePair('p0', 'p1', ctx, fitSettingsFor(kind)).allowed).toBe(false);
        expect(scorePair('p1', 'p0', ctx, fitSettingsFor(kind)).allowed).toBe(false);
      }),
    );
  });

  it('scores are finite and reasons belong to weighted factors', () => {
    fc.assert(
      fc.property(arbitraryPeople(2, 2), fc.constantFrom(...kinds), (people, kind) => {
        const ctx = createFitContext(people, { now: NOW });
        const settings = fitSettingsFor(kind);
        const fit = scorePair('p0', 'p1', ctx, settings);
        if (!fit.allowed) return;
        expect(Number.isFinite(fit.score)).toBe(true);
        for (const r of fit.reasons) expect(settings.weights[r.factor]).not.toBe(0);
      }),
    );
  });

  it('the bare solver weight is exactly the explained score, and null exactly when blocked', () => {
    fc.assert(
      fc.property(arbitraryPeople(2, 2), fc.constantFrom(...kinds), (people, kind) => {
        const ctx = createFitContext(people, {
          now: NOW,
          history: [{ members: ['p0', 'p1'], roundsAgo: 2 }],
        });
        const settings = fitSettingsFor(kind);
        const fit = scorePair('p0', 'p1', ctx, settings);
        expect(pairWeight('p0', 'p1', ctx, settings)).toBe(fit.allowed ? fit.score : null);
      }),
    );
  });
});
