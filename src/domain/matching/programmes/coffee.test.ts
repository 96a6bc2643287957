import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MatchPerson, pairKey } from '../fit';
import { arbitraryPeople, NOW, person } from '../fit/testing/people';
import { matchCoffee } from './coffee';
import type { CoffeeSettings, RoundContext } from './types';

const round: RoundContext = { now: NOW, seed: 11 };
const run = (people: MatchPerson[], settings?: CoffeeSettings, extra: Partial<RoundContext> = {}) =>
  matchCoffee({ people, settings, round: { ...round, ...extra } });
const groups = (r: ReturnType<typeof run>) => r.matches.map((m) => m.members);
const crowd = (count: number, o: (i: number) => Partial<MatchPerson> = () => ({})) =>
  Array.from({ length: count }, (_, i) => person(`p${String(i).padStart(3, '0')}`, o(i)));

describe('coffee', () => {
  it('mixes teams and says so', () => {
    const people = [
      person('a1', { teamId: 'a', departmentId: 'sales' }),
      person('a2', { teamId: 'a', departmentId: 'sales' }),
      person('b1', { teamId: 'b', departmentId: 'it' }),
      person('b2', { teamId: 'b', departmentId: 'it' }),
    ];
    const result = run(people);
    for (const g of groups(result)) expect(g.map((id) => id[0]).sort()).toEqual(['a', 'b']);
    expect(result.matches[0].reasons[0]).toMatchObject({
      key: 'match.reason.otherDepartment',
      factor: 'teamMix',
    });
  });

  it('never repeats a pairing from the last three rounds', () => {
    const people = crowd(4);
    const history = [
      { members: ['p000', 'p001'], roundsAgo: 1 },
      { members: ['p002', 'p003'], roundsAgo: 1 },
      { members: ['p000', 'p002'], roundsAgo: 3 },
    ];
    expect(groups(run(people, {}, { history }))).toEqual([
      ['p000', 'p003'],
      ['p001', 'p002'],
    ]);
  });

  it('an odd one out joins a pair: nobody is left alone', () => {
    const result = run(crowd(5));
    expect(
      groups(result)
        .map((g) => g.length)
        .sort(),
    ).toEqual([2, 3]);
    expect(result.unmatched).toEqual([]);
  });

  it('people whose working hours never meet are not paired', () => {
    const result = run([person('bxl'), person('tokyo', { timeZone: 'Asia/Tokyo' })]);
    expect(result.matches).toEqual([]);
    expect(result.unmatched[0].blockedBy).toEqual([
      { key: 'match.blocked.workingHoursOverlap', params: { count: 60 } },
    ]);
  });

  it('the seed changes who meets whom when everything else ties, and only the seed', () => {
    const people = crowd(8);
    const bySeed = new Set(
      Array.from({ length: 12 }, (_, seed) => JSON.stringify(groups(run(people, {}, { seed })))),
    );
    expect(bySeed.size).toBeGreaterThan(1);
    expect(run(people, {}, { seed: 5 })).toEqual(run([...people].reverse(), {}, { seed: 5 }));
  });

  it('groups of four for a larger round, nobody alone', () => {
    const result = run(
      crowd(10, (i) => ({ teamId: `t${i % 3}` })),
      { groupSize: 4 },
    );
    expect(
      groups(result)
        .map((g) => g.length)
        .sort(),
    ).toEqual([3, 3, 4]);
    expect(result.unmatched).toEqual([]);
    expect(result.stats.optimal).toBe(false);
  });

  it('beyond the exhaustive limit the organisation-scale solver runs, with its quality bound', () => {
    const people = crowd(60, (i) => ({
      teamId: `t${i % 7}`,
      doNotPairWith: i === 0 ? ['p001'] : [],
    }));
    const history = [{ members: ['p002', 'p003'], roundsAgo: 1 }];
    for (const groupSize of [2, 4] as const) {
      const result = run(people, { exhaustiveLimit: 10, groupSize }, { history });
      expect(result.stats.optimal).toBe(false);
      expect(result.stats.qualityRatio).toBeGreaterThan(0.5);
      expect(result.stats.qualityRatio).toBeLessThanOrEqual(1);
      expect(result.unmatched).toEqual([]);
      expect(new Set(groups(result).flat()).size).toBe(60);
      for (const g of groups(result)) {
        expect(g.length).toBeGreaterThanOrEqual(2);
        expect(g.includes('p000') && g.includes('p001')).toBe(false);
        expect(g.includes('p002') && g.includes('p003')).toBe(false);
      }
      expect(run(people, { exhaustiveLimit: 10, groupSize }, { history })).toEqual(result);
    }
  });

  it('rejects a group size it cannot make', () => {
    const result = run(crowd(3), { groupSize: 6 as never });
    expect(result.unmatched.map((u) => u.reason.params)).toEqual([
      { field: 'groupSize' },
      { field: 'groupSize' },
      { field: 'groupSize' },
    ]);
  });

  it('for any people and history, no recent pairing is repeated and no group has one person', () => {
    fc.assert(
      fc.property(
        arbitraryPeople(2, 10),
        fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.integer({ min: 1, max: 6 })), { maxLength: 12 }),
        fc.constantFrom<2 | 3 | 4>(2, 3, 4),
        (people, raw, groupSize) => {
          const history = raw.map(([a, b, roundsAgo]) => ({
            members: [`p${a}`, `p${b}`],
            roundsAgo,
          }));
          const recent = new Set(
            history.filter((h) => h.roundsAgo <= 3).map((h) => pairKey(h.members[0], h.members[1])),
          );
          const result = run(people, { groupSize }, { history });
          for (const g of groups(result)) {
            expect(g.length).toBeGreaterThanOrEqual(2);
            expect(g.length).toBeLessThanOrEqual(groupSize === 2 ? 3 : 4);
            for (const a of g)
              for (const b of g) if (a !== b) expect(recent.has(pairKey(a, b))).toBe(false);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
