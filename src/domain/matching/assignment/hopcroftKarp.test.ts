import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from './bipartiteGraph';
import { maximumCardinality } from './hopcroftKarp';
import { bruteForceBest } from './testing/bruteForce';
import { smallProblem } from './testing/problemArbitrary';
import { randomProblem, seededRandom } from './testing/randomProblem';
import type { AssignmentProblem } from './types';
import { normaliseCapacity } from './validate';

function graphOf(problem: AssignmentProblem) {
  return buildGraph(
    problem.leftCount,
    problem.rightCount,
    normaliseCapacity(problem.capacity, problem.rightCount, problem.leftCount),
    {
      left: problem.edgeLeft,
      right: problem.edgeRight,
      weight: problem.edgeWeight,
      length: problem.edgeLeft.length,
    },
  );
}

/** Checks that the cover touches every edge at or above minWeight and counts what it claims. */
function expectCover(problem: AssignmentProblem, minWeight: number, size: number) {
  const graph = graphOf(problem);
  const { cover } = maximumCardinality(graph, minWeight);
  const left = new Set(cover.left);
  const right = new Set(cover.right);
  for (let i = 0; i < graph.rowCount; i++) {
    for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
      if (graph.weight[e] >= minWeight) expect(left.has(i) || right.has(graph.col[e])).toBe(true);
    }
  }
  const counted = cover.left.length + cover.right.reduce((sum, j) => sum + graph.capacity[j], 0);
  expect(counted).toBe(cover.size);
  expect(cover.size).toBe(size);
}

describe('maximumCardinality', () => {
  it('matches as many rows as brute force, with a Kőnig cover of the same size', () => {
    fc.assert(
      fc.property(
        fc.oneof(smallProblem(), smallProblem(5, 4)),
        fc.integer({ min: -20, max: 20 }),
        (problem, floor) => {
          const above = { ...problem };
          const keep = [...problem.edgeWeight].map((w) => w >= floor);
          above.edgeLeft = problem.edgeLeft.filter((_, e) => keep[e]);
          above.edgeRight = problem.edgeRight.filter((_, e) => keep[e]);
          above.edgeWeight = problem.edgeWeight.filter((_, e) => keep[e]);
          const expected = bruteForceBest(above, 'max-cardinality')[0];
          expect(maximumCardinality(graphOf(problem), floor).size).toBe(expected);
          expectCover(problem, floor, expected);
        },
      ),
      { numRuns: 400, seed: 99 },
    );
  });

  it('handles long augmenting paths through shared right nodes', () => {
    const random = seededRandom(4);
    const problem = randomProblem(
      {
        leftCount: 3000,
        rightCount: 1000,
        density: 0.002,
        minWeight: 0,
        maxWeight: 9,
        maxCapacity: 3,
      },
      random,
    );
    const result = maximumCardinality(graphOf(problem), Number.NEGATIVE_INFINITY);
    expectCover(problem, Number.NEGATIVE_INFINITY, result.size);
    expect(result.size).toBeGreaterThan(1000);
  });
});
