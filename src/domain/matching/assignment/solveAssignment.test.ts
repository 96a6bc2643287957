import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCertificate } from './checkCertificate';
import { solveAssignment } from './solveAssignment';
import { bruteForceBest, compareKeys, objectiveKey } from './testing/bruteForce';
import { pairWeight, smallProblem } from './testing/problemArbitrary';
import { randomProblem, seededRandom } from './testing/randomProblem';
import type { AssignmentObjective, AssignmentProblem } from './types';

const objectives: AssignmentObjective[] = ['max-total', 'max-cardinality', 'max-min'];

function problemOf(
  leftCount: number,
  rightCount: number,
  edges: Array<[number, number, number]>,
  capacity?: number[],
): AssignmentProblem {
  return {
    leftCount,
    rightCount,
    capacity,
    edgeLeft: Int32Array.from(edges.map((e) => e[0])),
    edgeRight: Int32Array.from(edges.map((e) => e[1])),
    edgeWeight: Float64Array.from(edges.map((e) => e[2])),
  };
}

describe('solveAssignment against brute force', () => {
  for (const objective of objectives) {
    // Shortlist 1 forces several pricing rounds on these small graphs; 0 is the plain solver.
    for (const shortlist of [0, 1, 2]) {
      it(`finds the optimum for ${objective}, shortlist ${shortlist}`, () => {
        let priced = 0;
        fc.assert(
          // Larger problems too, so that a short shortlist needs several pricing rounds.
          fc.property(fc.oneof(smallProblem(), smallProblem(5, 4)), (problem) => {
            const solution = solveAssignment(problem, { objective, shortlist });
            if (solution.stats.method === 'shortlist') priced++;
            const weights = solution.pairs.map(([i, j]) => pairWeight(problem, i, j));
            const found = objectiveKey(objective, weights);
            expect(compareKeys(found, bruteForceBest(problem, objective))).toBe(0);
            expect(checkCertificate(problem, solution, objective)).toEqual([]);
          }),
          { numRuns: 400, seed: 20261127 },
        );
        // The shortlist path must really have been exercised, not skipped for small graphs.
        if (shortlist === 1 && objective !== 'max-min') expect(priced).toBeGreaterThan(20);
      });
    }
  }
});

describe('solveAssignment semantics', () => {
  it('never takes a negative edge under max-total, but does to match more people', () => {
    const problem = problemOf(2, 2, [
      [0, 0, 5],
      [1, 0, 9],
      [1, 1, -1],
    ]);
    expect(solveAssignment(problem).pairs).toEqual([[1, 0]]);
    const most = solveAssignment(problem, { objective: 'max-cardinality' });
    expect(most.pairs).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(most.total).toBe(4);
  });

  it('puts fairness first under max-min: the worst match as good as possible', () => {
    // max-total pairs 0-0 (10) and 1-1 (1); the fair answer gives everybody 5 or more.
    const problem = problemOf(2, 2, [
      [0, 0, 10],
      [0, 1, 5],
      [1, 0, 6],
      [1, 1, 1],
    ]);
    expect(solveAssignment(problem).total).toBe(11);
    const fair = solveAssignment(problem, { objective: 'max-min' });
    expect(fair.pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(fair.certificate?.minWeight).toBe(5);
  });

  it('respects capacities and forbidden pairs', () => {
    const problem = problemOf(
      4,
      2,
      [
        [0, 0, 9],
        [1, 0, 8],
        [2, 0, 7],
        [3, 0, 6],
        [3, 1, 1],
      ],
      [2, 1],
    );
    const solution = solveAssignment(problem);
    expect(solution.pairs).toEqual([
      [0, 0],
      [1, 0],
      [3, 1],
    ]);
    expect(solution.unmatchedLeft).toEqual([2]);
    expect(solution.total).toBe(18);
  });

  it('gives a valid empty answer for empty or impossible input', () => {
    const cases: AssignmentProblem[] = [
      problemOf(0, 0, []),
      problemOf(3, 0, []),
      problemOf(0, 3, []),
      problemOf(2, 2, []),
      problemOf(2, 2, [[0, 1, 4]], [0, 0]),
    ];
    for (const problem of cases) {
      for (const objective of ['max-total', 'max-min'] as const) {
        const solution = solveAssignment(problem, { objective });
        expect(solution.pairs).toEqual([]);
        expect(solution.total).toBe(0);
        expect(solution.unmatchedLeft).toEqual(
          Array.from({ length: problem.leftCount }, (_, i) => i),
        );
        expect(checkCertificate(problem, solution, objective)).toEqual([]);
      }
    }
    const negative = problemOf(1, 1, [[0, 0, -3]]);
    expect(solveAssignment(negative).pairs).toEqual([]);
    expect(solveAssignment(negative, { objective: 'max-cardinality' }).pairs).toEqual([[0, 0]]);
  });

  it('keeps the best weight of a pair listed twice', () => {
    const problem = problemOf(1, 1, [
      [0, 0, 2],
      [0, 0, 7],
    ]);
    expect(solveAssignment(problem).total).toBe(7);
  });

  it('treats a capacity above the number of left people as unlimited', () => {
    const problem = problemOf(
      3,
      1,
      [
        [0, 0, 1],
        [1, 0, 2],
        [2, 0, 3],
      ],
      [Number.POSITIVE_INFINITY],
    );
    const solution = solveAssignment(problem);
    expect(solution.total).toBe(6);
    expect(checkCertificate(problem, solution)).toEqual([]);
  });

  it('rejects malformed input with a RangeError naming the problem', () => {
    const good = problemOf(2, 2, [[0, 0, 1]]);
    const bad = (change: Partial<AssignmentProblem>) => () =>
      solveAssignment({ ...good, ...change });
    expect(bad({ edgeWeight: Float64Array.of(Number.NaN) })).toThrow(/edge 0.*non-finite/);
    expect(bad({ edgeWeight: Float64Array.of(Number.POSITIVE_INFINITY) })).toThrow(RangeError);
    expect(bad({ edgeLeft: Int32Array.of(2) })).toThrow(/left id 2 out of range/);
    expect(bad({ edgeRight: Int32Array.of(-1) })).toThrow(/right id -1 out of range/);
    expect(bad({ edgeRight: Int32Array.of(0, 1) })).toThrow(/differ in length/);
    expect(bad({ leftCount: -1 })).toThrow(/leftCount/);
    expect(bad({ capacity: [1] })).toThrow(/capacity has 1 entries/);
    expect(bad({ capacity: [1, 1.5] })).toThrow(/capacity\[1\]/);
    expect(bad({ capacity: [1, -1] })).toThrow(/capacity\[1\]/);
    expect(() => solveAssignment(good, { shortlist: -2 })).toThrow(/shortlist/);
    expect(() => solveAssignment(good, { objective: 'max-fun' as AssignmentObjective })).toThrow(
      /unknown objective/,
    );
  });
});

describe('solveAssignment on larger instances', () => {
  it('gives the same optimum with and without the shortlist, each with a valid certificate', () => {
    const random = seededRandom(5);
    for (const spec of [
      { leftCount: 300, rightCount: 300, density: 0.3, minWeight: 0, maxWeight: 1000 },
      { leftCount: 200, rightCount: 500, density: 0.5, minWeight: -50, maxWeight: 50 },
      { leftCount: 500, rightCount: 120, density: 0.6, minWeight: 0, maxWeight: 9, maxCapacity: 4 },
      { leftCount: 400, rightCount: 400, density: 1, minWeight: 0, maxWeight: 1, real: true },
    ]) {
      const problem = randomProblem(spec, random);
      for (const objective of objectives) {
        const exact = solveAssignment(problem, { objective, shortlist: 0 });
        const priced = solveAssignment(problem, { objective, shortlist: 4 });
        // max-min solves on the edges at or above its floor, often too few for a shortlist.
        if (objective !== 'max-min') expect(priced.stats.method).toBe('shortlist');
        expect(priced.total).toBeCloseTo(exact.total, 6);
        expect(priced.pairs.length).toBe(exact.pairs.length);
        expect(checkCertificate(problem, exact, objective)).toEqual([]);
        expect(checkCertificate(problem, priced, objective)).toEqual([]);
      }
    }
  });

  it('is deterministic: the same input gives the same pairs', () => {
    const problem = randomProblem(
      { leftCount: 150, rightCount: 150, density: 0.5, minWeight: 0, maxWeight: 5, maxCapacity: 2 },
      seededRandom(9),
    );
    for (const objective of objectives) {
      const first = solveAssignment(problem, { objective });
      const again = solveAssignment(problem, { objective });
      expect(again.pairs).toEqual(first.pairs);
      expect(again.stats).toEqual(first.stats);
    }
  });
});
