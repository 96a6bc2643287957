import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GeneralMatchingProblem, maxWeightMatching, verifyMatching } from './index';

interface Best {
  /** Heaviest matching. */
  weight: number;
  /** Most pairs, and the heaviest among matchings with that many. */
  cardinality: number;
  weightAtCardinality: number;
}

/** Tries every matching: take the lowest free vertex unmatched, or matched to each neighbour. */
function bruteForce(p: GeneralMatchingProblem): Best {
  const n = p.nodeCount;
  const best = new Map<number, number>();
  for (let e = 0; e < p.edgeU.length; e++) {
    const [a, b] = [p.edgeU[e], p.edgeV[e]];
    if (a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    best.set(key, Math.max(best.get(key) ?? Number.NEGATIVE_INFINITY, p.edgeWeight[e]));
  }
  const used = new Array<boolean>(n).fill(false);
  const result: Best = { weight: 0, cardinality: 0, weightAtCardinality: 0 };
  const visit = (from: number, pairs: number, weight: number) => {
    let v = from;
    while (v < n && used[v]) v++;
    if (v >= n) {
      result.weight = Math.max(result.weight, weight);
      if (pairs > result.cardinality) {
        result.cardinality = pairs;
        result.weightAtCardinality = weight;
      } else if (pairs === result.cardinality) {
        result.weightAtCardinality = Math.max(result.weightAtCardinality, weight);
      }
      return;
    }
    used[v] = true;
    visit(v + 1, pairs, weight);
    for (let u = v + 1; u < n; u++) {
      const w = best.get(v * n + u);
      if (used[u] || w === undefined) continue;
      used[u] = true;
      visit(v + 1, pairs + 1, weight + w);
      used[u] = false;
    }
    used[v] = false;
  };
  visit(0, 0, 0);
  return result;
}

const graphs = (weight: fc.Arbitrary<number>) =>
  fc.integer({ min: 0, max: 10 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges:
        n === 0
          ? fc.constant([] as Array<[number, number, number]>)
          : fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), weight), { maxLength: 24 }),
    }),
  );

const toProblem = ({ n, edges }: { n: number; edges: Array<[number, number, number]> }) => ({
  nodeCount: n,
  edgeU: Int32Array.from(edges.map((e) => e[0])),
  edgeV: Int32Array.from(edges.map((e) => e[1])),
  edgeWeight: Float64Array.from(edges.map((e) => e[2])),
});

const integerWeights = fc.integer({ min: -20, max: 60 });
const realWeights = fc.double({ min: -5, max: 40, noNaN: true, noDefaultInfinity: true });
const shortlists = fc.constantFrom(0, 1, 2, 3);

describe('maxWeightMatching against brute force (n ≤ 10)', () => {
  it('finds the heaviest matching, with a valid certificate, on integer weights', () => {
    fc.assert(
      fc.property(graphs(integerWeights), shortlists, (graph, shortlist) => {
        const p = toProblem(graph);
        const solution = maxWeightMatching(p, { shortlist });
        expect(solution.total).toBe(bruteForce(p).weight);
        expect(verifyMatching(p, solution)).toEqual([]);
      }),
      { numRuns: 1500, seed: 20261126 },
    );
  });

  it('finds the heaviest matching among the largest ones with maxCardinality', () => {
    fc.assert(
      fc.property(graphs(integerWeights), shortlists, (graph, shortlist) => {
        const p = toProblem(graph);
        const solution = maxWeightMatching(p, { maxCardinality: true, shortlist });
        const best = bruteForce(p);
        expect(solution.pairs.length).toBe(best.cardinality);
        expect(solution.total).toBe(best.weightAtCardinality);
        expect(verifyMatching(p, solution, { maxCardinality: true })).toEqual([]);
      }),
      { numRuns: 1500, seed: 7 },
    );
  });

  it('handles real-valued weights up to rounding', () => {
    fc.assert(
      fc.property(graphs(realWeights), fc.boolean(), shortlists, (graph, maxCardinality, k) => {
        const p = toProblem(graph);
        const solution = maxWeightMatching(p, { maxCardinality, shortlist: k });
        const best = bruteForce(p);
        const expected = maxCardinality ? best.weightAtCardinality : best.weight;
        expect(Math.abs(solution.total - expected)).toBeLessThan(1e-9 * Math.max(1, expected));
        expect(verifyMatching(p, solution, { maxCardinality })).toEqual([]);
      }),
      { numRuns: 800, seed: 99 },
    );
  });

  it('returns a consistent, deterministic matching of listed edges', () => {
    fc.assert(
      fc.property(graphs(integerWeights), fc.boolean(), (graph, maxCardinality) => {
        const p = toProblem(graph);
        const a = maxWeightMatching(p, { maxCardinality });
        const b = maxWeightMatching(p, { maxCardinality });
        expect(b.mate).toEqual(a.mate);
        for (const [u, v] of a.pairs) {
          expect(u).toBeLessThan(v);
          expect(a.mate[u]).toBe(v);
          expect(a.mate[v]).toBe(u);
        }
        const matched = [...a.mate].filter((m) => m !== -1).length;
        expect(matched).toBe(2 * a.pairs.length);
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});
