import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCertificate } from './checkCertificate';
import { solveAssignment } from './solveAssignment';
import { solveDenseAssignment } from './solveDenseAssignment';
import { bruteForceBest, compareKeys, objectiveKey } from './testing/bruteForce';
import { seededRandom } from './testing/randomProblem';
import type { AssignmentObjective, AssignmentProblem } from './types';

const objectives: AssignmentObjective[] = ['max-total', 'max-cardinality', 'max-min'];

/** The dense matrix as a complete sparse problem, for the checker and the brute force. */
function asProblem(
  rowCount: number,
  colCount: number,
  weights: Float64Array,
  capacity?: number[],
): AssignmentProblem {
  const left = new Int32Array(rowCount * colCount);
  const right = new Int32Array(rowCount * colCount);
  for (let at = 0; at < left.length; at++) {
    left[at] = Math.floor(at / colCount);
    right[at] = at % colCount;
  }
  return {
    leftCount: rowCount,
    rightCount: colCount,
    capacity,
    edgeLeft: left,
    edgeRight: right,
    edgeWeight: weights,
  };
}

const denseInstance = fc
  .record({ rowCount: fc.integer({ min: 0, max: 7 }), colCount: fc.integer({ min: 0, max: 6 }) })
  .chain(({ rowCount, colCount }) =>
    fc.record({
      rowCount: fc.constant(rowCount),
      colCount: fc.constant(colCount),
      weights: fc.array(fc.integer({ min: -10, max: 25 }), {
        minLength: rowCount * colCount,
        maxLength: rowCount * colCount,
      }),
      capacity: fc.option(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: colCount, maxLength: colCount }),
        { nil: undefined },
      ),
    }),
  );

describe('solveDenseAssignment', () => {
  for (const objective of objectives) {
    for (const shortlist of [0, 1]) {
      it(`matches brute force for ${objective}, shortlist ${shortlist}`, () => {
        fc.assert(
          fc.property(denseInstance, ({ rowCount, colCount, weights, capacity }) => {
            const matrix = Float64Array.from(weights);
            const solution = solveDenseAssignment(rowCount, colCount, matrix, {
              objective,
              capacity,
              shortlist,
            });
            const problem = asProblem(rowCount, colCount, matrix, capacity);
            const found = objectiveKey(
              objective,
              solution.pairs.map(([i, j]) => matrix[i * colCount + j]),
            );
            expect(compareKeys(found, bruteForceBest(problem, objective))).toBe(0);
            expect(checkCertificate(problem, solution, objective)).toEqual([]);
          }),
          { numRuns: 300, seed: 7 },
        );
      });
    }
  }

  // Inputs where everybody wants the same few people are where best-k lists alone fail.
  const families: Record<string, (i: number, j: number, a: number[], b: number[]) => number> = {
    uniform: (_i, _j, a, b) => (a[_i] * 7919 + b[_j] * 104729) % 1000,
    additive: (i, j, a, b) => a[i] + b[j],
    'same preferences': (_i, j, _a, b) => b[j],
    product: (i, j) => i * j,
    'few values': (i, j) => (i * 31 + j * 17) % 3,
  };
  for (const [name, weightOf] of Object.entries(families)) {
    it(`agrees with the plain solver and the sparse solver on "${name}" weights`, () => {
      const random = seededRandom(name.length);
      const n = 90;
      const m = 70;
      const a = Array.from({ length: n }, () => Math.floor(random() * 1000));
      const b = Array.from({ length: m }, () => Math.floor(random() * 1000));
      const weights = new Float64Array(n * m);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < m; j++) weights[i * m + j] = weightOf(i, j, a, b);
      const capacity = Array.from({ length: m }, (_, j) => 1 + (j % 2));
      const problem = asProblem(n, m, weights, capacity);
      for (const objective of objectives) {
        const plain = solveDenseAssignment(n, m, weights, { objective, capacity, shortlist: 0 });
        const priced = solveDenseAssignment(n, m, weights, { objective, capacity, shortlist: 3 });
        const sparse = solveAssignment(problem, { objective, shortlist: 0 });
        expect(priced.total).toBe(plain.total);
        expect(sparse.total).toBe(plain.total);
        expect(priced.pairs.length).toBe(plain.pairs.length);
        expect(checkCertificate(problem, plain, objective)).toEqual([]);
        expect(checkCertificate(problem, priced, objective)).toEqual([]);
      }
    });
  }

  it('uses the shortlist on random input and needs no second round', () => {
    const random = seededRandom(3);
    const n = 400;
    const weights = Float64Array.from({ length: n * n }, () => Math.floor(random() * 1000));
    const solution = solveDenseAssignment(n, n, weights);
    expect(solution.stats.method).toBe('shortlist');
    expect(solution.stats.rounds).toBe(1);
    expect(solution.stats.solvedEdges).toBeLessThan((n * n) / 10);
    expect(solution.pairs).toHaveLength(n);
  });

  it('handles empty matrices and rejects malformed ones', () => {
    expect(solveDenseAssignment(0, 0, new Float64Array(0)).pairs).toEqual([]);
    expect(solveDenseAssignment(3, 0, new Float64Array(0)).unmatchedLeft).toEqual([0, 1, 2]);
    expect(solveDenseAssignment(0, 4, new Float64Array(0)).total).toBe(0);
    expect(() => solveDenseAssignment(2, 2, new Float64Array(3))).toThrow(/expected 2 x 2/);
    expect(() => solveDenseAssignment(1, 2, Float64Array.of(1, Number.NaN))).toThrow(
      /index 1 has a non-finite weight/,
    );
  });

  it('is deterministic', () => {
    const weights = Float64Array.from({ length: 60 * 50 }, (_, at) => (at * 37) % 11);
    const first = solveDenseAssignment(60, 50, weights, { shortlist: 2 });
    expect(solveDenseAssignment(60, 50, weights, { shortlist: 2 }).pairs).toEqual(first.pairs);
  });
});
