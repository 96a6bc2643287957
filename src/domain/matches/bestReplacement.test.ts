import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFitContext, fitSettingsFor, pairWeight } from '../matching/fit';
import { arbitraryPeople, NOW, person } from '../matching/fit/testing/people';
import { bestReplacement } from './bestReplacement';

describe('bestReplacement', () => {
  it('proposes the allowed candidate with the highest fit, whatever the order they come in', () => {
    fc.assert(
      fc.property(arbitraryPeople(2, 8), fc.nat(), (people, turn) => {
        const [partner, ...others] = people;
        const candidates = others.map((p) => ({ person: p, programmeRole: 'participant' }));
        const k = turn % candidates.length;
        const rotated = [...candidates.slice(k), ...candidates.slice(0, k)].reverse();
        const input = {
          kind: 'buddy' as const,
          weights: {},
          partner,
          partnerRole: 'participant' as const,
          world: { now: NOW },
        };
        const result = bestReplacement({ ...input, candidates });
        expect(bestReplacement({ ...input, candidates: rotated })).toEqual(result);
        const ctx = createFitContext(people, { now: NOW });
        const settings = fitSettingsFor('buddy');
        const weights = others
          .map((p) => pairWeight(partner.id, p.id, ctx, settings))
          .filter((w): w is number => w !== null);
        if (weights.length === 0) {
          expect(result).toBeNull();
        } else {
          expect(result?.score).toBeCloseTo(Math.max(...weights), 9);
          const chosen = result!.members[1].personId;
          expect(pairWeight(partner.id, chosen, ctx, settings)).not.toBeNull();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never proposes someone either side asked not to be paired with', () => {
    const partner = person('ann', { doNotPairWith: ['bob'] });
    const result = bestReplacement({
      kind: 'buddy',
      weights: {},
      partner,
      partnerRole: 'participant',
      candidates: [
        { person: person('bob'), programmeRole: 'participant' },
        { person: person('cas', { doNotPairWith: ['ann'] }), programmeRole: 'participant' },
      ],
      world: { now: NOW },
    });
    expect(result).toBeNull();
  });

  it('finds a mentor for a mentee and lists the mentor first', () => {
    const result = bestReplacement({
      kind: 'mentoring',
      weights: {},
      partner: person('mia', { seniority: 1 }),
      partnerRole: 'mentee',
      candidates: [
        { person: person('max', { seniority: 4 }), programmeRole: 'mentee' },
        { person: person('meg', { seniority: 4 }), programmeRole: 'mentor' },
      ],
      world: { now: NOW },
    });
    expect(result?.members).toEqual([
      { personId: 'meg', role: 'mentor' },
      { personId: 'mia', role: 'mentee' },
    ]);
    expect(result?.reasons.length).toBeGreaterThan(0);
  });

  it('finds a newcomer for a godparent', () => {
    const result = bestReplacement({
      kind: 'onboarding',
      weights: {},
      partner: person('gus', { startDate: '2015-01-01' }),
      partnerRole: 'godparent',
      candidates: [
        { person: person('ned', { startDate: '2026-03-20' }), programmeRole: 'newcomer' },
        { person: person('gil', { startDate: '2010-01-01' }), programmeRole: 'godparent' },
      ],
      world: { now: NOW },
    });
    expect(result?.members).toEqual([
      { personId: 'gus', role: 'godparent' },
      { personId: 'ned', role: 'newcomer' },
    ]);
  });
});
