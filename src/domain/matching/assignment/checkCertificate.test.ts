import { describe, expect, it } from 'vitest';
import { checkCertificate } from './checkCertificate';
import { solveAssignment } from './solveAssignment';
import type { AssignmentProblem, AssignmentSolution } from './types';

const problem: AssignmentProblem = {
  leftCount: 3,
  rightCount: 2,
  capacity: [1, 1],
  edgeLeft: Int32Array.of(0, 0, 1, 1, 2),
  edgeRight: Int32Array.of(0, 1, 0, 1, 1),
  edgeWeight: Float64Array.of(10, 5, 6, 1, 4),
};

function solved(objective: 'max-total' | 'max-cardinality' | 'max-min') {
  return solveAssignment(problem, { objective });
}

function copy(solution: AssignmentSolution): AssignmentSolution {
  return structuredClone(solution);
}

describe('checkCertificate', () => {
  it('accepts the solver answers for every objective', () => {
    for (const objective of ['max-total', 'max-cardinality', 'max-min'] as const) {
      expect(checkCertificate(problem, solved(objective), objective)).toEqual([]);
    }
  });

  it('rejects a suboptimal assignment even with its own dual values', () => {
    const worse = copy(solved('max-total'));
    worse.pairs = [
      [0, 1],
      [1, 0],
    ];
    worse.total = 11;
    worse.unmatchedLeft = [2];
    expect(checkCertificate(problem, worse).join()).toMatch(/duality gap/);
  });

  it('rejects forbidden pairs, overfull right nodes and wrong bookkeeping', () => {
    const bad = copy(solved('max-total'));
    bad.pairs = [
      [2, 0],
      [0, 0],
    ];
    const errors = checkCertificate(problem, bad).join('\n');
    expect(errors).toMatch(/pair \(2, 0\) is not an allowed edge/);
    const twice = copy(solved('max-total'));
    twice.pairs.push([1, twice.pairs[0][1]]);
    expect(checkCertificate(problem, twice).join('\n')).toMatch(/takes 2 > 1/);
    const total = copy(solved('max-total'));
    total.total += 1;
    expect(checkCertificate(problem, total).join()).toMatch(/differs from the pairs' sum/);
    const unmatched = copy(solved('max-total'));
    unmatched.unmatchedLeft = [];
    expect(checkCertificate(problem, unmatched).join()).toMatch(/unmatchedLeft is wrong/);
  });

  it('rejects dual values that leave an edge uncovered or break their sign', () => {
    const uncovered = copy(solved('max-total'));
    uncovered.certificate!.leftDual[2] = 0;
    uncovered.certificate!.rightDual[1] = 0;
    expect(checkCertificate(problem, uncovered).join()).toMatch(/edge \(2, 1, 4\) is not covered/);
    const negative = copy(solved('max-total'));
    negative.certificate!.rightDual[0] = -1;
    expect(checkCertificate(problem, negative).join()).toMatch(/rightDual\[0\] = -1 is negative/);
    const missing = copy(solved('max-total'));
    missing.certificate = undefined;
    expect(checkCertificate(problem, missing)).toEqual(['no certificate']);
  });

  it('rejects a cardinality penalty too small to put cardinality first', () => {
    const weak = copy(solved('max-cardinality'));
    weak.certificate!.unmatchedValue = -1;
    expect(checkCertificate(problem, weak, 'max-cardinality').join()).toMatch(/does not exceed/);
  });

  it('rejects max-min answers whose covers do not prove the bottleneck', () => {
    const fair = solved('max-min');
    expect(fair.certificate!.minWeight).toBe(5);
    const noStronger = copy(fair);
    noStronger.certificate!.strongerCover = undefined;
    expect(checkCertificate(problem, noStronger, 'max-min').join()).toMatch(
      /strongerCover: missing/,
    );
    const leaky = copy(fair);
    leaky.certificate!.cardinalityCover = { left: [], right: [0], size: 1 };
    const errors = checkCertificate(problem, leaky, 'max-min').join('\n');
    expect(errors).toMatch(/cardinalityCover: edge \(0, 1\) is not covered/);
    expect(errors).toMatch(/not as small as the assignment/);
    const wrongFloor = copy(fair);
    wrongFloor.certificate!.minWeight = 6;
    expect(checkCertificate(problem, wrongFloor, 'max-min').join()).toMatch(/not the worst pair/);
  });
});
