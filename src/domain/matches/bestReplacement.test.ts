import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFitContext, fitSettingsFor, pairWeight } from '../matching/fit';
import { arbitraryPeople, NOW, person } from '../matching/fit/testing/people';
import { DEFAULT_CAPACITY } from '../matching/programmes';
import { bestReplacement, replacementCapacity } from './bestReplacement';

describe('bestReplacement', () => {
  it('proposes the allowed candidate with the highest fit, whatever the order they come in', () => {
    fc.assert(
      fc.property(arbitraryPeople(2, 8), fc.nat(), (people, turn) => {
        const [partner, ...others] = people;
        const candidates = others.map((p) => ({
          person: p,
          programmeRole: 'participant',
          leading: 0,
          following: 0,
        }));
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
        { person: person('bob'), programmeRole: 'participant', leading: 0, following: 0 },
        {
          person: person('cas', { doNotPairWith: ['ann'] }),
          programmeRole: 'participant',
          leading: 0,
          following: 0,
        },
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
        {
          person: person('max', { seniority: 4 }),
          programmeRole: 'mentee',
          leading: 0,
          following: 0,
        },
        {
          person: person('meg', { seniority: 4 }),
          programmeRole: 'mentor',
          leading: 0,
          following: 0,
        },
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
        {
          person: person('ned', { startDate: '2026-03-20' }),
          programmeRole: 'newcomer',
          leading: 0,
          following: 0,
        },
        {
          person: person('gil', { startDate: '2010-01-01' }),
          programmeRole: 'godparent',
          leading: 0,
          following: 0,
        },
      ],
      world: { now: NOW },
    });
    expect(result?.members).toEqual([
      { personId: 'gus', role: 'godparent' },
      { personId: 'ned', role: 'newcomer' },
    ]);
  });

  it('never fills a mentor or godparent beyond capacity, and picks the best who has room', () => {
    const cases = [
      {
        kind: 'mentoring',
        engine: 'mentoring',
        partnerRole: 'mentee',
        takes: 'mentor',
        roles: ['mentor', 'both'],
      },
      {
        kind: 'mentoring',
        engine: 'mentoring',
        partnerRole: 'mentor',
        takes: 'mentee',
        roles: ['mentee', 'both'],
      },
      {
        kind: 'onboarding',
        engine: 'onboarding',
        partnerRole: 'newcomer',
        takes: 'godparent',
        roles: ['godparent'],
      },
      {
        kind: 'onboarding',
        engine: 'onboarding',
        partnerRole: 'godparent',
        takes: 'newcomer',
        roles: ['newcomer'],
      },
    ] as const;
    const load = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        arbitraryPeople(2, 8),
        fc.array(fc.tuple(load, load, fc.nat()), { minLength: 8, maxLength: 8 }),
        (c, people, loads) => {
          const [partner, ...others] = people;
          const candidates = others.map((p, i) => ({
            person: p,
            programmeRole: c.roles[loads[i][2] % c.roles.length],
            leading: loads[i][0],
            following: loads[i][1],
          }));
          const leads = c.takes === 'mentor' || c.takes === 'godparent';
          const capacityOf = (p: (typeof people)[number]) =>
            leads ? (p.capacity ?? DEFAULT_CAPACITY[c.kind]) : 1;
          const room = candidates.filter(
            (x) => (leads ? x.leading : x.following) < capacityOf(x.person),
          );
          const result = bestReplacement({
            kind: c.kind,
            weights: {},
            partner,
            partnerRole: c.partnerRole,
            candidates,
            world: { now: NOW },
          });
          const ctx = createFitContext(people, { now: NOW });
          const settings = fitSettingsFor(c.engine);
          const weightOf = (id: string) =>
            leads
              ? pairWeight(id, partner.id, ctx, settings)
              : pairWeight(partner.id, id, ctx, settings);
          const weights = room
            .map((x) => weightOf(x.person.id))
            .filter((w): w is number => w !== null);
          if (weights.length === 0) {
            expect(result).toBeNull();
            return;
          }
          expect(result?.score).toBeCloseTo(Math.max(...weights), 9);
          const chosen = result!.members.find((m) => m.personId !== partner.id)!;
          expect(chosen.role).toBe(c.takes);
          const picked = candidates.find((x) => x.person.id === chosen.personId)!;
          expect(room).toContain(picked);
          expect(replacementCapacity(c.kind, c.takes, picked.person)).toBe(
            capacityOf(picked.person),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('proposes a godparent below capacity but not one who is full', () => {
    const input = {
      kind: 'onboarding' as const,
      weights: {},
      partner: person('ned', { startDate: '2026-03-20' }),
      partnerRole: 'newcomer' as const,
      world: { now: NOW },
    };
    const gus = person('gus', { startDate: '2015-01-01' });
    const one = { person: gus, programmeRole: 'godparent', leading: 1, following: 0 };
    expect(bestReplacement({ ...input, candidates: [one] })?.members[0].personId).toBe('gus');
    const full = { ...one, leading: DEFAULT_CAPACITY.onboarding };
    expect(bestReplacement({ ...input, candidates: [full] })).toBeNull();
    const roomy = { ...full, person: { ...gus, capacity: 3 } };
    expect(bestReplacement({ ...input, candidates: [roomy] })?.members[0].personId).toBe('gus');
  });
});
