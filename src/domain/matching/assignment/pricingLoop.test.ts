import { describe, expect, it } from 'vitest';
import { buildGraph, type EdgeList, EdgeListBuilder } from './bipartiteGraph';
import { type CandidateSource, graphSource } from './candidates';
import { releaseUnderfullColumns, solveByPricing } from './pricingLoop';
import { solveSparse } from './sparseSolver';
import { randomProblem, seededRandom } from './testing/randomProblem';

/** Wraps a source so that its first shortlist is each row's worst edge: a deliberately bad start. */
function worstFirst(source: CandidateSource, all: ReturnType<typeof buildGraph>): CandidateSource {
  return {
    ...source,
    shortlist(): EdgeList {
      const out = new EdgeListBuilder();
      for (let i = 0; i < all.rowCount; i++) {
        let worst = -1;
        for (let e = all.rowStart[i]; e < all.rowStart[i + 1]; e++) {
          if (worst < 0 || all.weight[e] < all.weight[worst]) worst = e;
        }
        if (worst >= 0) out.push(i, all.col[worst], all.weight[worst]);
      }
      return out.build();
    },
  };
}

describe('solveByPricing', () => {
  it('reaches the optimum of the full graph from a bad shortlist, adding edges round by round', () => {
    const random = seededRandom(11);
    for (const [unmatchedValue, maxCapacity] of [
      [0, undefined],
      [0, 3],
      [-1e4, 2],
    ] as const) {
      const problem = randomProblem(
        { leftCount: 80, rightCount: 60, density: 0.7, minWeight: -5, maxWeight: 60, maxCapacity },
        random,
      );
      const capacity = Int32Array.from(problem.capacity ?? new Array(60).fill(1));
      const edges = {
        left: problem.edgeLeft,
        right: problem.edgeRight,
        weight: problem.edgeWeight,
        length: problem.edgeLeft.length,
      };
      const all = buildGraph(80, 60, capacity, edges);
      const exact = solveSparse(all, unmatchedValue);
      const priced = solveByPricing(
        worstFirst(graphSource(all), all),
        capacity,
        problem.capacity,
        unmatchedValue,
        2,
        1e-9,
      );
      expect(priced).not.toBeNull();
      expect(priced!.rounds).toBeGreaterThan(2);
      expect(priced!.addedEdges).toBeGreaterThan(0);
      const value = (rowCol: Int32Array, rowWeight: Float64Array) =>
        rowCol.reduce((sum, j, i) => sum + (j < 0 ? unmatchedValue : rowWeight[i]), 0);
      expect(value(priced!.core.rowCol, priced!.core.rowWeight)).toBe(
        value(exact.rowCol, exact.rowWeight),
      );
    }
  });

  it('gives up (null) when a round limit or the edge budget is reached', () => {
    const problem = randomProblem(
      { leftCount: 60, rightCount: 60, density: 1, minWeight: 0, maxWeight: 1000 },
      seededRandom(12),
    );
    const capacity = new Int32Array(60).fill(1);
    const all = buildGraph(60, 60, capacity, {
      left: problem.edgeLeft,
      right: problem.edgeRight,
      weight: problem.edgeWeight,
      length: problem.edgeLeft.length,
    });
    // A shortlist of 40 per row leaves little room under the budget of half of all edges.
    const result = solveByPricing(worstFirst(graphSource(all), all), capacity, undefined, 0, 40, 0);
    expect(result).toBeNull();
  });
});

describe('releaseUnderfullColumns', () => {
  it('moves the dual of a right node with room left onto the rows it holds', () => {
    const core = {
      rowCol: Int32Array.of(0, 0, -1),
      rowWeight: Float64Array.of(5, 4, 0),
      rowDual: Float64Array.of(2, 1, 0),
      colDual: Float64Array.of(3, 0),
      searches: 0,
    };
    releaseUnderfullColumns(core, [3, 1]);
    expect([...core.rowDual]).toEqual([5, 4, 0]);
    expect([...core.colDual]).toEqual([0, 0]);
    const full = { ...core, rowDual: Float64Array.of(2, 1, 0), colDual: Float64Array.of(3, 0) };
    releaseUnderfullColumns(full, [2, 1]);
    expect([...full.colDual]).toEqual([3, 0]);
  });
});
