import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightMatching } from '../general';
import { type CoffeeRoundInput, type CoffeeRoundResult, coffeeRound } from './coffeeRound';
import type { GroupSize } from './sizes';

function organisation(people: number, teamSize: number, sites: number) {
  const teamOf = new Int32Array(people);
  const siteOf = new Int32Array(people);
  for (let v = 0; v < people; v++) {
    teamOf[v] = Math.floor(v / teamSize);
    siteOf[v] = (v * 7) % sites;
  }
  return { teamOf, siteOf };
}

function pairsOf(result: CoffeeRoundResult): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const g of result.groups) {
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) out.push([g[i], g[j]]);
  }
  return out;
}

/** Runs `rounds` rounds in a row, each remembering all earlier pairs. */
function series(base: Omit<CoffeeRoundInput, 'seed' | 'history'>, rounds: number) {
  const a: number[] = [];
  const b: number[] = [];
  const results: CoffeeRoundResult[] = [];
  for (let r = 0; r < rounds; r++) {
    const result = coffeeRound({
      ...base,
      seed: r,
      history: { a: Int32Array.from(a), b: Int32Array.from(b) },
    });
    results.push(result);
    for (const [x, y] of pairsOf(result)) {
      a.push(x);
      b.push(y);
    }
  }
  return { results, met: new Set(a.map((x, k) => `${Math.min(x, b[k])}-${Math.max(x, b[k])}`)) };
}

describe('coffeeRound', () => {
  it('never repeats a pair from the history window, round after round', () => {
    for (const size of [2, 3, 4] as GroupSize[]) {
      const seen = new Set<string>();
      const { results } = series({ people: 300, size, ...organisation(300, 10, 3) }, 10);
      for (const result of results) {
        expect(result.repeats).toBe(0);
        for (const [x, y] of pairsOf(result)) {
          const key = `${x}-${y}`;
          expect(seen.has(key), `size ${size}: ${key} met before`).toBe(false);
          seen.add(key);
        }
      }
    }
  });

  it('leaves nobody alone: everyone is in a group of 2 to 4', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 150 }),
        fc.constantFrom<GroupSize>(2, 3, 4),
        fc.integer(),
        (people, size, seed) => {
          const result = coffeeRound({ people, size, seed, ...organisation(people, 6, 2) });
          expect(result.unplaced).toEqual([]);
          const placed = result.groups.flat().sort((x, y) => x - y);
          expect(placed).toEqual(Array.from({ length: people }, (_, v) => v));
          for (const g of result.groups) expect(g.length >= 2 && g.length <= 4).toBe(true);
        },
      ),
      { numRuns: 60, seed: 12 },
    );
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const input = { people: 500, size: 3 as GroupSize, ...organisation(500, 8, 4) };
    const a = coffeeRound({ ...input, seed: 42 });
    expect(coffeeRound({ ...input, seed: 42 }).groups).toEqual(a.groups);
    expect(coffeeRound({ ...input, seed: 43 }).groups).not.toEqual(a.groups);
  });

  it('mixes teams and sites whenever the organisation allows it', () => {
    const result = coffeeRound({ people: 2000, size: 2, seed: 5, ...organisation(2000, 10, 4) });
    expect(result.crossTeamPairs).toBe(result.pairs);
    expect(result.crossSitePairs).toBe(result.pairs);
    expect(result.ratio).toBe(1);
  });

  it('bounds the mix when one site holds nearly everyone', () => {
    // 90 people at site 0 and 10 at site 1: at most 10 pairs can cross sites.
    const siteOf = Int32Array.from({ length: 100 }, (_, v) => (v < 90 ? 0 : 1));
    const teamOf = Int32Array.from({ length: 100 }, (_, v) => v % 25);
    const result = coffeeRound({ people: 100, size: 2, seed: 1, teamOf, siteOf });
    expect(result.crossSitePairs).toBe(10);
    expect(result.upperBound).toBe(50 * 2 + 10);
    expect(result.ratio).toBe(1);
  });

  it('scores close to the exact optimum of the same round in pairs', () => {
    const people = 400;
    const { teamOf, siteOf } = organisation(people, 40, 2);
    const earlier = series({ people, size: 2, teamOf, siteOf }, 6);
    const history = {
      a: Int32Array.from([...earlier.met].map((k) => Number(k.split('-')[0]))),
      b: Int32Array.from([...earlier.met].map((k) => Number(k.split('-')[1]))),
    };
    const result = coffeeRound({ people, size: 2, seed: 77, teamOf, siteOf, history });
    const edges: Array<[number, number, number]> = [];
    for (let i = 0; i < people; i++) {
      for (let j = i + 1; j < people; j++) {
        if (earlier.met.has(`${i}-${j}`)) continue;
        edges.push([i, j, 1 + Number(teamOf[i] !== teamOf[j]) + Number(siteOf[i] !== siteOf[j])]);
      }
    }
    const exact = maxWeightMatching(
      {
        nodeCount: people,
        edgeU: Int32Array.from(edges.map((e) => e[0])),
        edgeV: Int32Array.from(edges.map((e) => e[1])),
        edgeWeight: Float64Array.from(edges.map((e) => e[2])),
      },
      { maxCardinality: true },
    );
    expect(result.score).toBeLessThanOrEqual(exact.total);
    expect(exact.total).toBeLessThanOrEqual(result.upperBound);
    expect(result.score / exact.total).toBeGreaterThan(0.98);
  });

  it('respects a rule per pair and given candidate lists', () => {
    const people = 60;
    const odd = (i: number, j: number) => (i + j) % 2 === 1;
    const ruled = coffeeRound({ people, size: 2, seed: 3, allowed: odd });
    for (const [x, y] of pairsOf(ruled)) expect((x + y) % 2).toBe(1);
    // Each person may only meet the next two people round a circle.
    const start = Int32Array.from({ length: people + 1 }, (_, v) => 2 * v);
    const partner = Int32Array.from(
      { length: 2 * people },
      (_, k) => (Math.floor(k / 2) + 1 + (k % 2)) % people,
    );
    const listed = coffeeRound({ people, size: 2, seed: 3, candidates: { start, partner } });
    for (const [x, y] of pairsOf(listed)) {
      const d = (y - x + people) % people;
      expect([1, 2, people - 1, people - 2]).toContain(d);
    }
    expect(listed.unplaced).toEqual([]);
  });

  it('reports who cannot be placed, and why, instead of breaking a rule', () => {
    expect(coffeeRound({ people: 1, size: 2, seed: 1 }).unplaced).toEqual([
      { person: 0, reason: 'alone' },
    ]);
    expect(coffeeRound({ people: 0, size: 3, seed: 1 }).groups).toEqual([]);
    // Person 0 has met everyone already.
    const others = Int32Array.from({ length: 9 }, (_, k) => k + 1);
    const result = coffeeRound({
      people: 10,
      size: 2,
      seed: 1,
      history: { a: new Int32Array(9), b: others },
    });
    expect(result.unplaced).toEqual([{ person: 0, reason: 'no-partner' }]);
    expect(result.repeats).toBe(0);
    expect(result.groups.flat().sort((x, y) => x - y)).toEqual([...others]);
  });

  it('rejects malformed input', () => {
    expect(() => coffeeRound({ people: -1, size: 2, seed: 1 })).toThrow(RangeError);
    expect(() => coffeeRound({ people: 4, size: 2, seed: Number.NaN })).toThrow(RangeError);
    expect(() => coffeeRound({ people: 4, size: 2, seed: 1, teamOf: new Int32Array(3) })).toThrow(
      RangeError,
    );
    expect(() =>
      coffeeRound({
        people: 4,
        size: 2,
        seed: 1,
        history: { a: Int32Array.of(0), b: Int32Array.of(9) },
      }),
    ).toThrow(RangeError);
    expect(() => coffeeRound({ people: 4, size: 2, seed: 1, weights: { crossTeam: -1 } })).toThrow(
      RangeError,
    );
    expect(() => coffeeRound({ people: 4, size: 2, seed: 1, effort: Number.NaN })).toThrow(
      RangeError,
    );
    expect(() => coffeeRound({ people: 4, size: 2, seed: 1, draws: 0 })).toThrow(RangeError);
  });
});
